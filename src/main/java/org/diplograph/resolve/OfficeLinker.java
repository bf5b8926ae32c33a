package org.diplograph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplograph.annotate.AnnotatedDocument;
import org.diplograph.annotate.DependencyGraph;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;

/**
 * Links an office named for its holder to the person who held it on the article's date, by
 * {@code offices.tsv}: "the prime minister", "Iran's foreign minister", "the foreign minister of
 * Iran", "the French president", and "his Chinese counterpart" (the Chinese holder of the office
 * "his" holds). The state is, in this order: one the phrase names ("Iran's", "French", "of
 * Iran"); the country of a person it belongs to ("Putin's prime minister"); the document's main
 * state (the state most of its actors are or belong to, by the shares in {@code linking.tsv}) -
 * never another state of the sentence ("the foreign minister accused Britain" is no Briton). Links to nothing when unsure: no date, no state, no
 * term covering the day, two terms covering it, or words that make it someone else ("the former
 * prime minister", "the deputy foreign minister", "a prime minister", "ministers"). A phrase that is
 * a title before a name ("Prime Minister Tony Blair") or in apposition to one ("Tony Blair, the
 * prime minister") is left to the name.
 */
final class OfficeLinker {
  private static final Set<String> INDEFINITE = Set.of("a", "an", "any", "every", "each", "another", "no", "some");
  private static final Set<String> STATE_MODIFIERS = Set.of("amod", "compound", "nmod:poss", "nmod:of", "nmod:from");

  private final Gazetteer gazetteer;
  private final Offices offices;
  private final NameLists names;
  private final LinkingWeights w;

  OfficeLinker(Gazetteer gazetteer, NameLists names) {
    this.gazetteer = gazetteer;
    this.offices = gazetteer.offices();
    this.names = names;
    this.w = gazetteer.linkingWeights();
  }

  /** A phrase naming an office (or a counterpart: {@code office} null), tokens 1-based, end exclusive. */
  private record Phrase(int start, int end, int head, String office) {}

  /** The state an office phrase is of, and how it was found (a key of linking.tsv's office_ weights). */
  private record StateFound(String state, String basis) {}

  List<List<Mention>> link(AnnotatedDocument document, List<List<Mention>> bySentence, LocalDate date,
      List<LinkDecision> decisions) {
    if (offices.terms().isEmpty()) {
      return bySentence;
    }
    // parsed into graphs only where needed: most sentences name no office
    DependencyGraph[] built = new DependencyGraph[document.sentences().size()];
    List<DependencyGraph> graphs = new java.util.AbstractList<>() {
      @Override
      public DependencyGraph get(int i) {
        if (built[i] == null) {
          built[i] = new DependencyGraph(document.sentences().get(i));
        }
        return built[i];
      }

      @Override
      public int size() {
        return built.length;
      }
    };
    PronounResolver pronouns = new PronounResolver(new ResolvedDocument(document, bySentence), graphs);
    Optional<String> mainState = mainState(bySentence);
    List<List<Mention>> out = new ArrayList<>();
    for (int s = 0; s < bySentence.size(); s++) {
      List<Mention> mentions = new ArrayList<>(bySentence.get(s));
      if (!mayNameOffice(document.sentences().get(s))) {
        out.add(mentions);
        continue;
      }
      DependencyGraph graph = graphs.get(s);
      for (Phrase p : phrases(graph, mentions)) {
        decide(graph, mentions, p, date, mainState, pronouns).ifPresent(d -> {
          decisions.add(d);
          d.linked().ifPresent(holder -> mentions.add(mention(graph.sentence(), p, holder)));
        });
      }
      out.add(mentions);
    }
    return out;
  }

  /**
   * Whether a word of the sentence may begin an office phrase or is a counterpart noun: only such a
   * sentence's parse is read, and the parse of earlier sentences a pronoun in it may look back to
   * ("his counterpart").
   */
  boolean mayNameOffice(Sentence sentence) {
    for (Token t : sentence.tokens()) {
      if (offices.startsPhrase(t.word()) || names.isCounterpartNoun(t.lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Office phrases not already part of a name, longest first. */
  private List<Phrase> phrases(DependencyGraph graph, List<Mention> mentions) {
    Sentence sentence = graph.sentence();
    List<Token> tokens = sentence.tokens();
    List<Phrase> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int matched = 0;
      int longest = offices.startsPhrase(tokens.get(i).word()) ? Math.min(offices.longestPhrase(), tokens.size() - i) : 0;
      for (int len = longest; len >= 1 && matched == 0; len--) {
        Optional<String> office = offices.office(AliasKey.of(tokens, i, i + len));
        if (office.isPresent()) {
          matched = len;
          if (!covered(mentions, i + 1, i + 1 + len)) {
            found.add(new Phrase(i + 1, i + 1 + len, head(graph, i + 1, i + 1 + len), office.get()));
          }
        }
      }
      if (matched == 0 && names.isCounterpartNoun(tokens.get(i).lemma()) && !covered(mentions, i + 1, i + 2)) {
        found.add(new Phrase(i + 1, i + 2, i + 1, null));
      }
      i += Math.max(matched, 1);
    }
    return found;
  }

  private static boolean covered(List<Mention> mentions, int start, int end) {
    return mentions.stream().anyMatch(m -> m.isActor() && m.start() < end && start < m.end());
  }

  /** The token of the phrase whose governor lies outside it. */
  private static int head(DependencyGraph graph, int start, int end) {
    for (int t = start; t < end; t++) {
      int h = graph.head(t);
      if (h < start || h >= end) {
        return t;
      }
    }
    return end - 1;
  }

  private Optional<LinkDecision> decide(DependencyGraph graph, List<Mention> mentions, Phrase p, LocalDate date,
      Optional<String> mainState, PronounResolver pronouns) {
    if (!refersToHolder(graph, mentions, p)) {
      return Optional.empty();
    }
    int head = p.head();
    Set<String> states = new LinkedHashSet<>();
    Mention possessor = null;
    int left = p.start();
    int right = p.end() - 1;
    for (int c : graph.children(head, STATE_MODIFIERS::contains)) {
      if (c >= p.start() && c < p.end()) {
        continue;
      }
      for (Mention m : mentions) {
        if (m.covers(c) && m.isActor() && m.entity().type() == EntityType.STATE) {
          states.add(m.entity().id());
          left = Math.min(left, m.start());
          right = Math.max(right, m.end() - 1);
        } else if (m.covers(c) && m.isActor() && m.entity().type() == EntityType.PERSON) {
          possessor = m;
          left = Math.min(left, m.start());
        }
      }
      Token t = graph.token(c);
      if (possessor == null && t.isPronoun() && PronounResolver.isResolvable(t.word())) {
        possessor = pronouns.antecedents(graph.sentence().index(), c, true).stream()
            .filter(m -> m.entity().type() == EntityType.PERSON).findFirst().orElse(null);
        left = Math.min(left, c);
      }
    }
    if (states.size() > 1) {
      return Optional.empty(); // "the US and British leaders" are two people
    }
    String text = text(graph.sentence(), left, right);
    Token first = graph.token(left);
    Token last = graph.token(right);
    boolean counterpart = p.office() == null;
    Optional<StateFound> state = states.isEmpty() ? Optional.empty() : Optional.of(new StateFound(states.iterator().next(), "modifier"));
    if (counterpart) {
      if (state.isEmpty() || possessor == null) {
        return Optional.empty(); // "his counterpart" needs both: whose, and of which state
      }
    } else if (state.isEmpty() && possessor != null && possessor.entity().country() != null) {
      state = Optional.of(new StateFound(possessor.entity().country(), "possessor"));
    }
    if (state.isEmpty() && possessor == null) {
      // not a state the sentence names elsewhere: "the foreign minister accused Britain" is no Briton
      state = mainState.map(id -> new StateFound(id, "document"));
    }
    String method = counterpart ? "counterpart" : "office";
    if (state.isEmpty()) {
      return Optional.of(nil(graph, first, last, text, method, Optional.empty(), "no state named in the phrase, the sentence or the document"));
    }
    String stateId = state.get().state();
    if (date == null) {
      return Optional.of(nil(graph, first, last, text, method, Optional.empty(), "the article has no date"));
    }
    String office = p.office();
    if (counterpart) {
      Mention owner = possessor;
      List<String> held = offices.heldBy(owner.entity().id(), date).stream().map(Offices.Term::office).distinct()
          .filter(o -> !offices.holders(stateId, o, date).isEmpty()).toList();
      if (held.size() != 1) {
        return Optional.of(nil(graph, first, last, text, method, Optional.empty(), owner.entity().id()
            + (held.isEmpty() ? " holds no office on " + date + " that " + stateId + " has too"
                : " holds several offices on " + date + " " + held)));
      }
      office = held.get(0);
    }
    List<Offices.Term> terms = offices.holders(stateId, office, date);
    String holder = terms.isEmpty() ? null : terms.get(0).holder();
    Optional<Entity> runnerUp = offices.nearestOther(stateId, office, date, holder == null ? "" : holder)
        .flatMap(t -> gazetteer.entity(t.holder()));
    String what = office + " of " + stateId + " (state from the " + state.get().basis() + ")";
    if (terms.isEmpty()) {
      return Optional.of(nil(graph, first, last, text, method, runnerUp, "offices.tsv has no " + what + " on " + date));
    }
    if (terms.stream().map(Offices.Term::holder).distinct().count() > 1) {
      return Optional.of(nil(graph, first, last, text, method, runnerUp, "two terms of the " + what + " cover " + date
          + ": " + terms));
    }
    if (possessor != null && holder.equals(possessor.entity().id())) {
      return Optional.empty(); // "Blair's prime minister" is nobody
    }
    Optional<Entity> linked = gazetteer.entity(holder);
    return Optional.of(new LinkDecision(graph.sentence().index(), first.begin(), last.end(), text, method, linked,
        runnerUp, w.get("office_" + state.get().basis()), terms.get(0).where(),
        "the " + what + " on " + date + " is " + holder + ", in office " + terms.get(0).from() + "–"
            + (terms.get(0).to() == null ? "…" : terms.get(0).to())
            + runnerUp.map(r -> "; nearest other holder " + r.id()).orElse("")));
  }

  private static LinkDecision nil(DependencyGraph graph, Token first, Token last, String text, String method,
      Optional<Entity> runnerUp, String why) {
    return new LinkDecision(graph.sentence().index(), first.begin(), last.end(), text, method, Optional.empty(),
        runnerUp, 0, "offices.tsv", why);
  }

  /**
   * Whether the phrase speaks of whoever holds the office: not a title before a name, not in
   * apposition to one, not predicated ("was foreign minister", "served as prime minister"), not
   * plural, indefinite, former, deputy or departmental ("Secretary of State for Health").
   */
  private boolean refersToHolder(DependencyGraph graph, List<Mention> mentions, Phrase p) {
    int head = p.head();
    Token h = graph.token(head);
    if (h.tag().equals("NNS") || h.tag().equals("NNPS")) {
      return false;
    }
    Sentence sentence = graph.sentence();
    if (p.end() <= sentence.size()) {
      Token next = sentence.token(p.end());
      if (next.ner().equals("PERSON") || isPerson(mentions, p.end()) || names.isOfficeCancel(next.word())
          || next.word().toLowerCase(Locale.ROOT).startsWith("-elect")) {
        return false; // "Prime Minister Tony Blair", "counterpart Wang Yi", "president elect"
      }
    }
    String relation = graph.relation(head);
    if (relation.equals("compound") || relation.equals("flat") || relation.equals("xcomp")
        || (relation.equals("appos") && isPerson(mentions, graph.head(head)))) {
      return false;
    }
    for (int c : graph.basicChildren(head)) {
      String r = graph.relation(c);
      String word = graph.token(c).word().toLowerCase(Locale.ROOT);
      if (r.equals("cop") || (r.equals("case") && word.equals("as")) || (r.equals("det") && INDEFINITE.contains(word))
          || ((r.equals("appos") || r.equals("flat") || r.equals("dep") || r.equals("compound")) && c > head
              && isPerson(mentions, c))) {
        return false;
      }
    }
    if (graph.hasChild(head, r -> r.equals("nmod:for"))) {
      return false;
    }
    for (int c : graph.children(head, r -> r.equals("compound") || r.equals("nmod:of") || r.equals("amod"))) {
      if (c >= p.start() && c < p.end() || isStateOrPerson(mentions, c)) {
        continue;
      }
      Token t = graph.token(c);
      boolean named = !t.ner().equals("O") && !t.ner().equals("TITLE") && !t.ner().equals("DATE");
      if (graph.relation(c).equals("amod") ? named || names.isNonStateModifier(t.word()) : !t.isPronoun()) {
        return false; // "the club president", "the president of the commission", "the Kurdish president"
      }
    }
    for (int t = leftmost(graph, head); t < p.end(); t++) {
      String word = graph.token(t).word().toLowerCase(Locale.ROOT);
      if (names.isOfficeCancel(word) || word.startsWith("ex-") || word.endsWith("-elect")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isStateOrPerson(List<Mention> mentions, int token) {
    return mentions.stream().anyMatch(m -> m.covers(token) && m.isActor()
        && (m.entity().type() == EntityType.STATE || m.entity().type() == EntityType.PERSON));
  }

  private static boolean isPerson(List<Mention> mentions, int token) {
    return mentions.stream().anyMatch(m -> m.covers(token) && m.entity().type() == EntityType.PERSON);
  }

  /** The first word of the noun phrase the head governs (its determiners and modifiers before it). */
  private static int leftmost(DependencyGraph graph, int head) {
    int left = head;
    for (int child : graph.basicChildren(head)) {
      String r = graph.relation(child);
      if (child < left && (r.equals("amod") || r.equals("compound") || r.equals("det") || r.equals("nmod:poss")
          || r.equals("advmod"))) {
        left = Math.min(left, leftmost(graph, child));
      }
    }
    return left;
  }

  /**
   * The state most of the document's actors are or belong to, when it has at least
   * {@code main_state_min} of them and {@code main_state_share} of all.
   */
  Optional<String> mainState(List<List<Mention>> bySentence) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    int all = 0;
    for (List<Mention> mentions : bySentence) {
      for (Mention m : mentions) {
        if (!m.isActor()) {
          continue;
        }
        String state = m.entity().type() == EntityType.STATE ? m.entity().id() : m.entity().country();
        if (state != null) {
          counts.merge(state, 1, Integer::sum);
          all++;
        }
      }
    }
    String best = null;
    int most = 0;
    for (var e : counts.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    if (best == null || most < w.get("main_state_min") || most < w.get("main_state_share") * all) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  private static Mention mention(Sentence sentence, Phrase p, Entity holder) {
    Token first = sentence.token(p.start());
    Token last = sentence.token(p.end() - 1);
    return new Mention(holder, MentionKind.OFFICE, sentence.index(), p.start(), p.end(), text(sentence, p.start(),
        p.end() - 1), first.begin(), last.end());
  }

  /** The words from token {@code from} to token {@code to} (inclusive) as the text has them. */
  private static String text(Sentence sentence, int from, int to) {
    int begin = sentence.token(from).begin() - sentence.begin();
    int end = sentence.token(to).end() - sentence.begin();
    if (begin < 0 || end > sentence.text().length() || begin > end) {
      StringBuilder s = new StringBuilder();
      for (int i = from; i <= to; i++) {
        s.append(i > from ? " " : "").append(sentence.token(i).word());
      }
      return s.toString();
    }
    return sentence.text().substring(begin, end).replaceAll("\\s+", " ");
  }
}
