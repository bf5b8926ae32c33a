package org.diplograph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;

/**
 * Links a person named by one word ("Blair", "Mr Clarke", "President Bush") that no full name in
 * the document explains to the gazetteer person it means, or to nobody. The candidates are the
 * gazetteer's people of that surname; each is scored (weights in {@code gazetteer/linking.tsv}) by
 * <ul>
 *   <li>a prior: how much the dictionaries know of them (dated roles and titled names);</li>
 *   <li>the article's date: an office that covers it counts for (a place among the elite, Phoenix's
 *       {@code ELI}, less), a career long over or not begun yet against ("President Bush" in 2003 is
 *       George W. Bush, in 1990 his father);</li>
 *   <li>the title before the name, when the dictionaries write the candidate with it;</li>
 *   <li>the states of the document's other actors (the candidate's own state among them).</li>
 * </ul>
 * The best candidate wins when its score reaches {@code min_score} and leads the runner-up by
 * {@code margin} and, when only the prior tells them apart, its prior is {@code ratio} times the
 * runner-up's; a surname more than {@code common_surname} people share ("Mr Smith") needs a title
 * or the document's states to point to the winner; otherwise the name stays a new actor. A name after a title from outside politics
 * ("basketball star", "England captain") links to no gazetteer person at all.
 */
public final class PersonLinker {
  /** One candidate with its score and the reasons for it. */
  public record Candidate(Entity entity, double score, double prior, boolean titleOrContext, List<String> reasons) {}

  /** The decision for one name: the candidates best first, and the winner (empty: a new actor). */
  public record Decision(String name, List<String> titleWords, List<Candidate> candidates,
      Optional<Entity> winner, String why) {
    public Optional<Candidate> runnerUp() {
      return candidates.size() < 2 ? Optional.empty() : Optional.of(candidates.get(1));
    }

    /** The winner's lead over the runner-up, squashed to 0-1 (1 when it had no rival). */
    public double confidence() {
      if (winner.isEmpty() || candidates.isEmpty()) {
        return 0;
      }
      double lead = candidates.size() < 2 ? candidates.get(0).score() : candidates.get(0).score() - candidates.get(1).score();
      return Math.max(0.5, Math.min(0.95, 0.5 + lead / 4));
    }
  }

  private final Gazetteer gazetteer;
  private final NameLists names;
  private final LinkingWeights w;
  private final FirstNameGenders genders;

  public PersonLinker(Gazetteer gazetteer, NameLists names) {
    this.gazetteer = gazetteer;
    this.names = names;
    this.w = gazetteer.linkingWeights();
    this.genders = FirstNameGenders.load();
  }

  /**
   * Replaces the one-word person mentions of a document by the people they mean, where one fits;
   * each name's decision goes to {@code decisions}, and, where there were candidates, to
   * {@code links} at its first occurrence (for the graph).
   */
  List<List<Mention>> link(List<List<Mention>> bySentence, List<Sentence> sentences, LocalDate date,
      List<Decision> decisions, List<LinkDecision> links) {
    Set<String> states = contextStates(bySentence);
    Map<String, Decision> byName = new HashMap<>();
    List<List<Mention>> out = new ArrayList<>();
    for (List<Mention> mentions : bySentence) {
      List<Mention> linked = new ArrayList<>();
      for (Mention m : mentions) {
        if (!isLoneName(m)) {
          linked.add(spellingVariant(m).map(m::asPartialNameOf).orElse(m));
          continue;
        }
        List<String> titles = titleWords(sentences.get(m.sentence()), m.start());
        Optional<String> own = phraseState(sentences.get(m.sentence()), mentions, m.start() - titles.size(), m.start());
        String key = m.entity().label().toLowerCase(Locale.ROOT) + "|" + String.join(" ", titles) + "|" + own.orElse("");
        Decision d = byName.computeIfAbsent(key, k -> decide(m.entity().label(), titles, date, states, own));
        if (!decisions.contains(d)) {
          decisions.add(d);
          if (!d.candidates().isEmpty()) {
            links.add(linkDecision(d, m, sentences.get(m.sentence())));
          }
        }
        linked.add(d.winner().map(m::asPartialNameOf).orElse(m));
      }
      out.add(linked);
    }
    return out;
  }

  /** The decision as the graph records it: the words with their title, the winner, the runner-up. */
  private static LinkDecision linkDecision(Decision d, Mention m, Sentence sentence) {
    int begin = m.start() - d.titleWords().size() >= 1 ? sentence.token(m.start() - d.titleWords().size()).begin()
        : m.begin();
    String text = (String.join(" ", d.titleWords()) + " " + m.surface()).strip();
    Optional<Entity> runnerUp = d.winner().isPresent() ? d.runnerUp().map(Candidate::entity)
        : Optional.of(d.candidates().get(0).entity());
    return new LinkDecision(m.sentence(), begin, m.endChar(), text, "surname", d.winner(), runnerUp, d.confidence(),
        "linking.tsv", d.why());
  }

  /**
   * The gazetteer person a new two-word name spells another way: "Dmitry Medvedev" is the
   * dictionaries' "Dmitri Medvedev", "Sergey Lavrov" their "Sergei Lavrov". The surname is the same
   * and the first names have one consonant skeleton (vowels and y dropped after the first letter,
   * "ks" written x) and differ by one letter, so "Mark Smith" is not "Mary Smith" nor "Ahmed Ali"
   * "Ahmadu Ali"; only when one person fits.
   */
  private Optional<Entity> spellingVariant(Mention m) {
    Entity e = m.entity();
    String[] words = e.label().split(" ");
    if (e.type() != EntityType.PERSON || m.kind() != MentionKind.NAME || words.length != 2
        || gazetteer.entity(e.id()).isPresent()) {
      return Optional.empty();
    }
    String skeleton = skeleton(words[0]);
    List<Entity> fits = new ArrayList<>();
    for (String id : gazetteer.personsWithSurname(words[1])) {
      Entity candidate = gazetteer.entity(id).orElseThrow();
      String[] their = candidate.label().split(" ");
      if (their.length == 2 && skeleton.length() >= 3 && skeleton.equals(skeleton(their[0]))
          && oneEditApart(words[0].toLowerCase(Locale.ROOT), their[0].toLowerCase(Locale.ROOT))) {
        fits.add(candidate);
      }
    }
    return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
  }

  /** Whether two words differ by one letter at most, inserted, dropped or replaced. */
  static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    // after the first difference, the rest must match with one letter replaced, dropped or inserted
    return a.substring(Math.min(i + 1, a.length())).equals(b.substring(Math.min(i + 1, b.length())))
        || a.substring(i).equals(b.substring(Math.min(i + 1, b.length())))
        || a.substring(Math.min(i + 1, a.length())).equals(b.substring(i));
  }

  /** A first name's consonants: "Dmitry", "Dmitri" and "Dmitr" are all "dmtr". */
  static String skeleton(String name) {
    String s = name.toLowerCase(Locale.ROOT).replace("ks", "x");
    if (s.isEmpty()) {
      return s;
    }
    return s.charAt(0) + s.substring(1).replaceAll("[aeiouy]", "");
  }

  private boolean isLoneName(Mention m) {
    Entity e = m.entity();
    return e.type() == EntityType.PERSON && m.kind() == MentionKind.NAME && !e.label().contains(" ")
        && gazetteer.entity(e.id()).filter(g -> g.type() == EntityType.PERSON).isEmpty();
  }

  /** The states the document's actors belong to or are: the context a candidate's state is checked against. */
  static Set<String> contextStates(List<List<Mention>> bySentence) {
    Set<String> states = new LinkedHashSet<>();
    for (List<Mention> mentions : bySentence) {
      for (Mention m : mentions) {
        Entity e = m.entity();
        if (e.type() == EntityType.STATE) {
          states.add(e.id());
        }
        if (e.country() != null) {
          states.add(e.country());
        }
        if (e.actsAs() != null) {
          states.add(e.actsAs());
        }
      }
    }
    return states;
  }

  /**
   * The words right before a name that describe its bearer: titles ("President", "Prime Minister"),
   * honorifics ("Mr") and role nouns ("basketball star", "England captain"), nearest last.
   */
  List<String> titleWords(Sentence sentence, int start) {
    List<String> words = new ArrayList<>();
    for (int i = start - 1; i >= 1 && words.size() < 4; i--) {
      Token t = sentence.token(i);
      String lower = t.word().toLowerCase(Locale.ROOT);
      boolean title = t.ner().equals("TITLE") || names.honorifics().contains(lower)
          || names.isPersonRoleWord(lower) || (Character.isUpperCase(t.word().codePointAt(0))
          && (t.ner().equals("NATIONALITY") || t.ner().equals("COUNTRY") || t.ner().equals("ORGANIZATION")));
      if (!title) {
        break;
      }
      words.add(0, t.word());
    }
    return words;
  }

  /**
   * The state the name's own phrase gives its bearer: a demonym or state among its title words
   * ("Iraqi President Saddam Hussein") or a possessor right before them ("Jordan's King Hussein").
   */
  static Optional<String> phraseState(Sentence sentence, List<Mention> mentions, int firstTitle, int name) {
    int possessive = firstTitle - 1;
    boolean owned = possessive >= 2 && sentence.token(possessive).tag().equals("POS");
    for (Mention m : mentions) {
      boolean inTitles = m.start() >= firstTitle && m.end() <= name;
      boolean possessor = owned && m.end() == possessive;
      if ((inTitles || possessor) && m.entity().type() == EntityType.STATE) {
        return Optional.of(m.entity().id());
      }
    }
    return Optional.empty();
  }

  /** The state a person mention's own phrase gives it: see {@link #phraseState}. */
  Optional<String> ownState(Sentence sentence, List<Mention> mentions, Mention m) {
    return phraseState(sentence, mentions, m.start() - titleWords(sentence, m.start()).size(), m.start());
  }

  /** Scores the gazetteer people of this surname for a name seen with these title words on this day. */
  public Decision decide(String name, List<String> titleWords, LocalDate date, Set<String> states) {
    return decide(name, titleWords, date, states, Optional.empty());
  }

  /**
   * As {@link #decide(String, List, LocalDate, Set)}, for a name whose own phrase names its state:
   * a candidate of another state is not who it means ("Jordan's King Hussein" is no Iraqi).
   */
  public Decision decide(String name, List<String> titleWords, LocalDate date, Set<String> states,
      Optional<String> phraseState) {
    for (String t : titleWords) {
      if (names.isPersonRoleWord(t.toLowerCase(Locale.ROOT))) {
        return new Decision(name, titleWords, List.of(), Optional.empty(),
            "'" + t + "' is a role outside politics: not a gazetteer person");
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    java.util.Set<String> ids = new java.util.LinkedHashSet<>(gazetteer.personsWithSurname(name));
    // "Chinese Foreign Minister Wang": a family name written first is Wang Yi's, but only the office
    // named in the title picks one out of the many who share it
    Optional<String> office = officeNamed(politicalTitles(titleWords));
    for (String id : gazetteer.personsWithFirstWord(name)) {
      String country = gazetteer.entity(id).map(Entity::country).orElse(null);
      if (country != null && names.writesSurnameFirst(country) && office.isPresent() && date != null
          && gazetteer.offices().heldBy(id, date).stream().anyMatch(t -> t.office().equals(office.get()))) {
        ids.add(id);
      }
    }
    Optional<FirstNameGenders.Gender> sex = honorificGender(titleWords);
    for (String id : ids) {
      Entity e = gazetteer.entity(id).orElseThrow();
      String first = e.label().split(" ")[0];
      if (sex.isPresent() && e.label().contains(" ") && genders.of(first).filter(g -> g != sex.get()).isPresent()) {
        continue; // "Ms James" is not Edison James
      }
      candidates.add(score(e, titleWords, date, states, phraseState));
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
        .thenComparing(c -> c.entity().id()));
    if (candidates.isEmpty()) {
      return new Decision(name, titleWords, candidates, Optional.empty(), "no gazetteer person of that name");
    }
    Candidate best = candidates.get(0);
    double second = candidates.size() > 1 ? candidates.get(1).score() : Double.NEGATIVE_INFINITY;
    if (best.score() < w.get("min_score")) {
      return new Decision(name, titleWords, candidates, Optional.empty(),
          String.format(Locale.ROOT, "best score %.2f is below min_score %.2f", best.score(), w.get("min_score")));
    }
    if (best.score() - second < w.get("margin")) {
      return new Decision(name, titleWords, candidates, Optional.empty(), String.format(Locale.ROOT,
          "best %.2f leads the runner-up %.2f by less than the margin %.2f", best.score(), second, w.get("margin")));
    }
    if (candidates.size() > w.get("common_surname") && !best.titleOrContext()) {
      return new Decision(name, titleWords, candidates, Optional.empty(), String.format(Locale.ROOT,
          "%d people share the name, and neither a title nor the document's states point to %s", candidates.size(),
          best.entity().id()));
    }
    Candidate runnerUp = candidates.size() > 1 ? candidates.get(1) : null;
    boolean onlyPrior = runnerUp != null
        && best.score() - best.prior() <= runnerUp.score() - runnerUp.prior() + 1e-9;
    if (onlyPrior && runnerUp.prior() > 0 && best.prior() < w.get("ratio") * runnerUp.prior()) {
      return new Decision(name, titleWords, candidates, Optional.empty(), String.format(Locale.ROOT,
          "only the prior separates them, and %.2f is less than %.1f times the runner-up's %.2f", best.prior(),
          w.get("ratio"), runnerUp.prior()));
    }
    return new Decision(name, titleWords, candidates, Optional.of(best.entity()),
        String.format(Locale.ROOT, "best %.2f, runner-up %s", best.score(),
            candidates.size() > 1 ? String.format(Locale.ROOT, "%.2f", second) : "none"));
  }

  /** The sex an honorific among the title words says ("Mr", "Ms"), if one does. */
  private Optional<FirstNameGenders.Gender> honorificGender(List<String> titleWords) {
    for (String t : titleWords) {
      if (names.isMaleHonorific(t)) {
        return Optional.of(FirstNameGenders.Gender.MALE);
      }
      if (names.isFemaleHonorific(t)) {
        return Optional.of(FirstNameGenders.Gender.FEMALE);
      }
    }
    return Optional.empty();
  }

  /** The title words that are no honorific, lower-cased: "Mr" says nothing of an office. */
  private List<String> politicalTitles(List<String> titleWords) {
    return titleWords.stream().map(t -> t.toLowerCase(Locale.ROOT)).filter(t -> !names.honorifics().contains(t)).toList();
  }

  /** The office the last title words name ("US President": president), if any. */
  private Optional<String> officeNamed(List<String> titleWords) {
    for (int from = 0; from < titleWords.size(); from++) {
      Optional<String> office = gazetteer.offices().office(AliasKey.of(String.join(" ", titleWords.subList(from,
          titleWords.size()))));
      if (office.isPresent()) {
        return office;
      }
    }
    return Optional.empty();
  }

  private Candidate score(Entity e, List<String> titleWords, LocalDate date, Set<String> states,
      Optional<String> phraseState) {
    List<String> reasons = new ArrayList<>();
    boolean evidence = false; // a title or the document's states: what a common surname needs
    // the offices a person held (offices.tsv) are dated roles too, beside the dictionaries' own
    List<DatedRole> roles = new ArrayList<>();
    for (DatedRole r : gazetteer.roles(e.id())) {
      // the dictionaries leave a role open when it was current as they were written, years ago:
      // "Bermuda GOVLAB 2004-…" says nothing of 2018 (offices.tsv's open terms are kept current)
      roles.add(r.to() == null && r.from() != null
          ? new DatedRole(r.state(), r.sector(), r.from(), r.from().plusYears((long) w.get("open_role_years")))
          : r);
    }
    roles.addAll(gazetteer.offices().rolesOf(e.id()));
    List<String> titled = gazetteer.titledNames(e.id());
    double known = Math.min(1.0, (roles.size() + titled.size()) / w.get("prior_roles"));
    double score = w.get("prior") * known;
    reasons.add(String.format(Locale.ROOT, "prior %.2f (%d roles, %d titled names)", score, roles.size(), titled.size()));
    List<DatedRole> dated = roles.stream().filter(DatedRole::dated).toList();
    if (date != null && !dated.isEmpty()) {
      Optional<DatedRole> office = dated.stream().filter(r -> r.covers(date) && !r.isElite()).findFirst();
      Optional<DatedRole> elite = dated.stream().filter(r -> r.covers(date) && r.isElite()).findFirst();
      long nearest = dated.stream().mapToLong(r -> r.distance(date)).min().orElse(Long.MAX_VALUE);
      if (office.isPresent()) {
        score += w.get("date_active");
        reasons.add("in office on " + date + " (" + office.get() + ")");
      } else if (elite.isPresent()) {
        score += w.get("date_elite");
        reasons.add("a public figure, not in office, on " + date + " (" + elite.get() + ")");
      } else if (nearest > w.get("date_slack_years") * 365) {
        score += w.get("date_inactive");
        reasons.add("no role within " + (int) w.get("date_slack_years") + " years of " + date);
      } else {
        reasons.add("a role ended or began within " + (int) w.get("date_slack_years") + " years of " + date);
      }
    }
    List<String> politicalTitles = politicalTitles(titleWords);
    if (!politicalTitles.isEmpty()) {
      for (String form : titled) {
        List<String> formWords = List.of(form.toLowerCase(Locale.ROOT).split(" "));
        if (politicalTitles.stream().anyMatch(formWords::contains)) {
          score += w.get("title");
          evidence = true;
          reasons.add("the dictionaries call them '" + form + "'");
          break;
        }
      }
    }
    Optional<String> office = officeNamed(politicalTitles);
    if (office.isPresent() && date != null) {
      Optional<Offices.Term> held = gazetteer.offices().heldBy(e.id(), date).stream()
          .filter(t -> t.office().equals(office.get())).findFirst();
      if (held.isPresent()) {
        score += w.get("office");
        evidence = true;
        reasons.add("the " + office.get() + " on " + date + " (" + held.get().where() + ")");
      }
    }
    if (phraseState.isPresent() && !phraseState.get().equals(e.country())) {
      score += w.get("phrase_state_conflict");
      reasons.add("the name's own phrase makes them of " + phraseState.get());
    } else if (e.country() != null && states.contains(e.country())) {
      score += w.get("context_state");
      evidence = true;
      reasons.add("their state " + e.country() + " is named in the document");
    } else if (e.country() != null && !states.isEmpty()) {
      // "Mr Howard argued the only test was whether his policies were best for Britain": a
      // politician of a state the document never names, where it names others, is likely someone else
      score += w.get("other_states");
      reasons.add("the document names other states, not their " + e.country());
    }
    return new Candidate(e, score, w.get("prior") * known, evidence, reasons);
  }
}
