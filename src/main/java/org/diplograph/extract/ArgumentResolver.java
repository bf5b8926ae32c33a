package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.diplograph.annotate.DependencyGraph;
import org.diplograph.annotate.Token;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityIds;
import org.diplograph.resolve.EntityType;
import org.diplograph.resolve.Mention;
import org.diplograph.resolve.MentionKind;
import org.diplograph.resolve.NameLists;
import org.diplograph.resolve.PronounResolver;
import org.diplograph.resolve.ResolvedDocument;

/**
 * Turns the token a rule points at into the actors it stands for: a name ("Putin"), a pronoun
 * ("his" = Lavrov), a noun acting for a state ("Russian officials", "the US team"), a thing a
 * state owns ("Chinese goods"), a deed of an actor ("Russia's annexation"), and each member of a
 * coordination ("China and Russia").
 */
final class ArgumentResolver {
  /** Confidence of an argument reached through a pronoun. */
  private static final double PRONOUN = 0.8;
  /** Confidence of an argument reached through an agent, asset or deed noun. */
  private static final double VIA_NOUN = 0.9;
  /** Confidence of a participant named by words no actor could be resolved for. */
  private static final double UNRESOLVED = 0.5;
  /** "We will respond": the speaker's side, whom one sentence cannot name. */
  private static final Set<String> IMPERSONAL = Set.of("it", "its");
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
  private static final Set<String> SPEAKERS = Set.of("we", "us", "our", "i", "me", "my");
  private static final Set<String> PERSONAL_SINGULAR = Set.of("he", "him", "his", "she", "her");
  /** Where a noun phrase stands in a clause: a word there is a noun whatever its tag. */
  private static final Set<String> NOMINAL_ROLES = Set.of("nsubj", "nsubj:pass", "obj", "iobj");
  /** A place named where an actor is expected ("liberated Raqqa", "shelled the town"): its words are kept. */
  private static final Set<String> PLACES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE",
      "COUNTRY", "FACILITY");

  private final ResolvedDocument document;
  private final List<DependencyGraph> graphs;
  private final PronounResolver pronouns;
  private final NameLists names;
  private final Function<String, Optional<Entity>> countries;
  private final Function<String, Optional<Entity>> statesByName;

  ArgumentResolver(ResolvedDocument document, List<DependencyGraph> graphs, NameLists names,
      Function<String, Optional<Entity>> countries,
      Function<String, Optional<Entity>> statesByName) {
    this.statesByName = statesByName;
    this.document = document;
    this.graphs = graphs;
    this.pronouns = new PronounResolver(document, graphs);
    this.names = names;
    this.countries = countries;
  }

  List<Argument> resolve(int sentence, int token, RelationSpec relation) {
    if (namesHazard(graphs.get(sentence), token)) {
      return List.of();
    }
    Map<String, Argument> out = new LinkedHashMap<>();
    collect(sentence, token, relation.personal(), out, 0);
    if (out.isEmpty() && relation.placeMeansState()) {
      placeState(sentence, token).ifPresent(a -> add(out, a));
    }
    Token t = graphs.get(sentence).token(token);
    boolean actorWord = t.isNoun() && names.isActorWord(t.lemma());
    if (out.isEmpty() && actorWord) {
      // "one member of the cell, Mohammed Emwazi": the person named beside the noun
      namedReferent(sentence, token).forEach(a -> add(out, a));
    }
    if (out.isEmpty() && !actorWord) {
      // "criticised Russia's policy", "welcomed Blair's courage": the owner of a thing is the actor
      // (but "attacked its allies" attacks the allies, not itself);
      // "threatened further action against Russia": whom a hostile act's thing is aimed at
      // (its words, when the owner is no actor we can resolve: "protested against the government's
      // handling"; but a place stays the place: "attacked a commander's residence")
      boolean site = t.isNoun() && names.isSiteWord(t.lemma());
      boolean hostile = relation.eventClass() != null
          && names.isHostileType(relation.eventClass().toUpperCase(Locale.ROOT));
      for (int owner : graphs.get(sentence).children(token, r -> r.equals("nmod:poss")
          || (hostile && r.equals("nmod:against")))) {
        if (site) {
          collect(sentence, owner, relation.personal(), out, 0);
        } else {
          collectOrWords(sentence, owner, relation.personal(), out, 0);
        }
      }
    }
    if (out.isEmpty() && !actorWord && t.isNoun() && !graphs.get(sentence).relation(token).startsWith("conj")
        && !"Assault".equals(relation.eventClass())) { // "struck a deal with Moscow" strikes nobody
      // "froze trade with Canada", "downgraded relations with Vilnius": the other side of the
      // dealings the noun names (not for a conjunct, which the parser often
      // coordinates with an actor by mistake: "meet with Trump and foster trust between ...")
      for (int side : partners(sentence, token, 0)) {
        collectOrWords(sentence, side, relation.personal(), out, 0);
      }
    }
    if (out.isEmpty()) {
      unresolved(sentence, token).ifPresent(a -> out.put("?" + token, a));
    }
    return new ArrayList<>(out.values());
  }

  /** A bare plural demonym heading its own phrase ("Turks", "Israelis"), not a modifier ("Israeli settlers"). */
  private static boolean isPeopleOf(DependencyGraph graph, int token, Mention mention) {
    Token t = graph.token(token);
    return mention.kind() == MentionKind.DEMONYM && mention.entity().type() == EntityType.STATE
        && t.isNoun() && t.tag().endsWith("S") && mention.end() - mention.start() == 1
        && !graph.relation(token).equals("compound") && !graph.relation(token).startsWith("amod")
        && !graph.hasChild(token, r -> r.equals("det")); // "the Russians attacked the town" are its forces
  }

  /** "Cyclone Mocha slammed into the coast", "the earthquake hit": a storm is no actor, nor are its words. */
  private boolean namesHazard(DependencyGraph graph, int token) {
    Token t = graph.token(token);
    return t.isNoun() && (names.isHazardWord(t.lemma()) || (t.tag().startsWith("NNP") && graph.children(token,
        r -> r.equals("compound")).stream().anyMatch(c -> names.isHazardWord(graph.token(c).lemma()))));
  }

  /**
   * The other side after "with" of a noun, or of the noun its of-phrase names: "trade with Canada",
   * "the signing of a deal with the rebels". Not "between": support for "talks between Russia and
   * the US" supports no side.
   */
  private List<Integer> partners(int sentence, int noun, int depth) {
    DependencyGraph graph = graphs.get(sentence);
    List<Integer> sides = graph.children(noun, r -> r.equals("nmod:with"));
    if (sides.isEmpty() && depth == 0) {
      for (int inner : graph.children(noun, r -> r.equals("nmod:of"))) {
        if (graph.token(inner).isNoun() && document.actorsAt(sentence, inner).isEmpty()) {
          sides = partners(sentence, inner, depth + 1);
        }
      }
    }
    return sides;
  }

  /**
   * Words that name an actor the document does not let us resolve ("he" in a one-sentence text,
   * "the commission", a name only NER knows as a person or organisation): kept as the event's
   * participant text, with no actor node. A count stands for what it counts.
   */
  private Optional<Argument> unresolved(int sentence, int word) {
    int token = counted(sentence, word);
    Token t = graphs.get(sentence).token(token);
    boolean actorWord = (t.isPronoun() && !IMPERSONAL.contains(t.word().toLowerCase(Locale.ROOT)) // "it" names nobody by itself
            && (PronounResolver.isResolvable(t.word()) || SPEAKERS.contains(t.word().toLowerCase(Locale.ROOT))))
        || PLACES.contains(t.ner()) || (t.isNoun() && names.isSiteWord(t.lemma()))
        || t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")
        || (t.tag().startsWith("NNP") && t.ner().equals("O"))
        || (nominal(sentence, token) && (names.isAgentNoun(t.lemma()) || names.isActorWord(t.lemma())
            || t.ner().equals("TITLE"))) // "arrested the captain": CoreNLP's titles name people
        || peopleOfANation(sentence, token); // "attacked British imperialists"
    if (!actorWord) {
      return Optional.empty();
    }
    Phrase p = phrase(sentence, token);
    return Optional.of(new Argument(null, UNRESOLVED, token, p.text(), p.begin(), p.end()));
  }

  /**
   * A plural common noun with a nationality before it names people: "British imperialists",
   * "Russian hackers", "Chinese dissidents" (not things a state owns or does: "Chinese goods",
   * "Russian attacks", "Iraqi towns").
   */
  private boolean peopleOfANation(int sentence, int token) {
    DependencyGraph graph = graphs.get(sentence);
    Token t = graph.token(token);
    String lemma = t.lemma();
    return t.tag().equals("NNS") && !names.isAssetNoun(lemma) && !names.isDeedNoun(lemma) && !names.isSiteWord(lemma)
        && graph.children(token, r -> r.equals("amod") || r.equals("compound")).stream()
            .anyMatch(m -> graph.token(m).ner().equals("NATIONALITY"));
  }

  /**
   * A noun, or a word the tagger took for an adjective where a noun's place is ("the individual, who
   * ..., was killed": individual/JJ as the subject).
   */
  private boolean nominal(int sentence, int token) {
    DependencyGraph graph = graphs.get(sentence);
    return graph.token(token).isNoun() || (graph.token(token).tag().startsWith("JJ")
        && NOMINAL_ROLES.contains(graph.relation(token)));
  }

  /**
   * What a target restriction tests: the actor's class; "Site" for a place named by what it is that
   * no resolved actor owns ("shelled the town"); "Place" for a place name the gazetteer lacks
   * ("invaded Afrin"); "Unresolved" for other words that name some actor.
   */
  /** Whether a participant of that kind is a place: an event there is no relation between actors. */
  static boolean isPlace(String kind) {
    return kind.equals("Site") || kind.equals("Place");
  }

  String kind(int sentence, Argument a) {
    if (a.resolved()) {
      return a.entity().type().className();
    }
    Token t = graphs.get(sentence).token(a.token());
    if (t.isNoun() && names.isSiteWord(t.lemma())) {
      return "Site";
    }
    return PLACES.contains(t.ner()) ? "Place" : "Unresolved";
  }

  /**
   * The nearest subject before an impersonal pronoun in its sentence, when it names some actor: the
   * actor if one is resolved there, else its words.
   */
  private Optional<Argument> subjectBefore(int sentence, int pronoun) {
    DependencyGraph graph = graphs.get(sentence);
    // "Supporters of the leader rioted after his arrest": he is not they
    boolean person = PERSONAL_SINGULAR.contains(graph.token(pronoun).word().toLowerCase(Locale.ROOT));
    // first the subject of the pronoun's own clause, also a controlled one: "called on Israel to
    // halt its offensive" - its = Israel
    int clause = graph.head(pronoun);
    while (clause > 0 && !graph.token(clause).isVerb()) {
      clause = graph.head(clause);
    }
    if (clause > 0) {
      for (int subject : graph.children(clause, r -> r.equals("nsubj") || r.equals("nsubj:xsubj"))) {
        if (subject < pronoun && !graph.token(subject).isPronoun() && !(person && graph.isPluralPhrase(subject))) {
          Optional<Argument> own = subjectArgument(sentence, subject, pronoun);
          if (own.isPresent()) {
            return own;
          }
        }
      }
    }
    for (int i = pronoun - 1; i >= 1; i--) {
      Token t = graph.token(i);
      if (!graph.relation(i).startsWith("nsubj") || t.isPronoun() || (person && graph.isPluralPhrase(i))) {
        continue;
      }
      Optional<Argument> subject = subjectArgument(sentence, i, pronoun);
      if (subject.isPresent() || names.isQuantityWord(t.lemma())) {
        return subject; // ("most of them fleeing": a count of people stops the search)
      }
      // a subject that names no actor is passed over: "their salaries be paid ... and said they would strike"
    }
    return Optional.empty();
  }

  /**
   * The group a plural pronoun with no named antecedent stands for: the nearest group noun before it
   * as a subject or object, in its sentence or the one before ("The rebels seized the town. Troops
   * attacked them"), but not a party of its own clause or of the clauses it completes ("troops
   * attacked them", "our forces are trying to force them to surrender": not the troops or forces).
   */
  private List<Argument> groupBefore(int sentence, int pronoun, boolean personal) {
    Token p = graphs.get(sentence).token(pronoun);
    for (int s = sentence; s >= Math.max(0, sentence - 1); s--) {
      DependencyGraph graph = graphs.get(s);
      List<Integer> ownClauses = s == sentence ? clauseChain(graph, pronoun) : List.of();
      for (int i = s == sentence ? pronoun - 1 : graph.sentence().tokens().size(); i >= 1; i--) {
        if (!isGroupWord(graph, i) || !graph.isPluralPhrase(i) || !NOMINAL_ROLES.contains(graph.relation(i))
            || ownClauses.contains(graph.head(i))) {
          continue;
        }
        return group(s, i, sector(graph, i), personal).stream().filter(Argument::resolved)
            .map(a -> atPronoun(a.entity(), a.confidence(), p))
            .toList();
      }
    }
    return List.of();
  }

  /** A word for a kind of group ("rebels", "protesters"), not part of a name ("a journalist" is tagged as a title). */
  private boolean isGroupWord(DependencyGraph graph, int token) {
    Token t = graph.token(token);
    return (t.ner().equals("O") || t.ner().equals("TITLE")) && (names.groupSector(t.lemma()).isPresent()
        || graph.children(token, r -> r.equals("compound")).stream().anyMatch(m -> names.groupSector( // "asylum seekers"
            graph.token(m).word().toLowerCase(Locale.ROOT) + " " + t.lemma()).isPresent()));
  }

  /** A word's verb and the verbs whose complement that verb is: "are trying to force them" - force, trying. */
  private static List<Integer> clauseChain(DependencyGraph graph, int token) {
    List<Integer> out = new ArrayList<>();
    int node = graph.head(token);
    while (node > 0 && out.size() < 8) {
      out.add(node);
      String rel = graph.relation(node);
      if (!(rel.equals("xcomp") || rel.equals("ccomp"))) {
        break;
      }
      node = graph.head(node);
    }
    return out;
  }

  /** The nearest object before an object pronoun that names some actor, as {@link #subjectArgument} reads it. */
  private Optional<Argument> objectBefore(int sentence, int pronoun) {
    DependencyGraph graph = graphs.get(sentence);
    boolean singular = !PronounResolver.isPlural(graph.token(pronoun).word());
    for (int i = pronoun - 1; i >= 1; i--) {
      if (!graph.relation(i).equals("obj") || graph.token(i).isPronoun()) {
        continue;
      }
      // "arrested the captain ... for abandoning his passengers, accused him"
      Optional<Argument> object = singular && graph.isPluralPhrase(i) ? Optional.empty()
          : subjectArgument(sentence, i, pronoun);
      for (int side : object.isPresent() ? List.<Integer>of() : graph.children(i, r -> r.equals("nmod:with"))) {
        if (!(singular && graph.isPluralPhrase(side))) {
          object = subjectArgument(sentence, side, pronoun); // "cut ties with Qatar, accusing it"
        }
        if (object.isPresent()) {
          break;
        }
      }
      if (object.isPresent() || !(singular && graph.isPluralPhrase(i))) {
        return object;
      }
    }
    return Optional.empty();
  }

  /** A subject as what a pronoun stands for: its actor, or its words when it names some actor. */
  private Optional<Argument> subjectArgument(int sentence, int i, int pronoun) {
    DependencyGraph graph = graphs.get(sentence);
    Token t = graph.token(i);
    List<Mention> named = document.actorsAt(sentence, i);
    if (!named.isEmpty()) {
      Mention m = named.get(0);
      if (PERSONAL_SINGULAR.contains(graph.token(pronoun).word().toLowerCase(Locale.ROOT))
          && m.entity().type() != EntityType.PERSON) {
        return Optional.empty(); // "the United States ... his involvement": he is a person, not a state
      }
      return Optional.of(atPronoun(m.entity(), m.kind().confidence(), graph.token(pronoun)));
    }
    // "refused on Friday to ...": a day the parser made a subject is no one
    boolean actor = (t.tag().startsWith("NNP") && !t.isTemporal()) || (t.isNoun() && (names.isAgentNoun(t.lemma())
        || names.isActorWord(t.lemma()) || names.groupSector(t.lemma()).isPresent()));
    boolean person = PERSONAL_SINGULAR.contains(graph.token(pronoun).word().toLowerCase(Locale.ROOT));
    if (actor && person && !t.tag().startsWith("NNP") && !t.ner().equals("TITLE") && !t.ner().equals("PERSON")) {
      return Optional.empty(); // "the government said he had been arrested": a body is no he
    }
    if (actor) {
      Phrase p = phrase(sentence, i);
      return Optional.of(new Argument(null, UNRESOLVED * PRONOUN, i, p.text(), p.begin(), p.end()));
    }
    return Optional.empty();
  }

  /**
   * The subject of the sentence's main clause when it comes after a pronoun that has no antecedent
   * before it: "on his regional tour, Pompeo called for ...".
   */
  private Optional<Argument> mainSubjectAfter(int sentence, int pronoun) {
    DependencyGraph graph = graphs.get(sentence);
    for (int root = 1; root <= graph.sentence().tokens().size(); root++) {
      if (graph.head(root) != 0) {
        continue;
      }
      for (int subject : graph.children(root, SUBJECTS::contains)) {
        if (subject > pronoun && !graph.token(subject).isPronoun()) {
          Optional<Argument> named = subjectArgument(sentence, subject, pronoun).filter(Argument::resolved);
          if (named.isPresent()) {
            return named;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The noun phrase of a head word: its compounds, adjectives and possessors, and itself. */
  private Phrase phrase(int sentence, int head) {
    DependencyGraph graph = graphs.get(sentence);
    int first = head;
    int last = head;
    for (int m : graph.children(head, r -> r.equals("compound") || r.equals("amod") || r.equals("nmod:poss")
        || r.equals("flat") || r.equals("det"))) {
      first = Math.min(first, m);
      last = Math.max(last, m);
    }
    if (graph.token(head).isNoun()) {
      // "the border town of Kilis", "two commanders of the SDF": the name in its of-phrase is its words too
      for (int name : graph.children(head, r -> r.equals("nmod:of"))) {
        if (name > last && graph.token(name).tag().startsWith("NNP")) {
          last = name;
          for (int part : graph.children(name, r -> r.equals("compound") || r.equals("flat"))) {
            last = Math.max(last, part);
          }
        }
      }
    }
    StringBuilder text = new StringBuilder();
    for (int i = first; i <= last; i++) {
      Token w = graph.token(i);
      if (text.length() > 0 && !w.word().startsWith("'") && !w.word().startsWith("’")) {
        text.append(' ');
      }
      text.append(w.word());
    }
    return new Phrase(text.toString(), graph.token(first).begin(), graph.token(last).end());
  }

  private record Phrase(String text, int begin, int end) {}

  /**
   * The state a nationality adjective the gazetteer does not list names, by the regular English
   * endings: Eritrean, Nigerian (Eritrea, Nigeria), Iraqi (Iraq), Iranian (Iran), Somali (Somalia).
   */
  private Optional<Entity> stateOfDemonym(String word) {
    List<String> stems = new ArrayList<>();
    if (word.endsWith("ian") || word.endsWith("ean")) {
      stems.add(word.substring(0, word.length() - 1));
      stems.add(word.substring(0, word.length() - 3));
    } else if (word.endsWith("an")) {
      stems.add(word.substring(0, word.length() - 1));
      stems.add(word.substring(0, word.length() - 2));
    } else if (word.endsWith("i")) {
      stems.add(word.substring(0, word.length() - 1));
      stems.add(word + "a");
    } else if (word.endsWith("ese")) {
      stems.add(word.substring(0, word.length() - 3));
    }
    for (String stem : stems) {
      if (stem.length() >= 3) {
        Optional<Entity> state = statesByName.apply(stem);
        if (state.isPresent()) {
          return state;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A group named by what it is ("Ethiopian troops", "Turkey's police", "gunmen"): one node per
   * state and sector, or the organisation it belongs to ("Islamic State fighters"), or one node
   * per sector when the text names neither.
   */
  private List<Argument> group(int sentence, int token, NameLists.GroupSector sector, boolean personal) {
    DependencyGraph graph = graphs.get(sentence);
    Phrase p = phrase(sentence, token);
    String lemma = graph.token(token).lemma();
    List<Integer> modifiers = new ArrayList<>(graph.children(token, r -> r.equals("compound") || r.equals("amod")
        || r.equals("nmod:poss") || r.equals("nmod:of") || r.equals("nmod:from")));
    addCompoundAdjectives(graph, modifiers); // "Saudi-led coalition warplanes"
    Map<String, Argument> states = new LinkedHashMap<>();
    String qualifier = null;
    for (int modifier : modifiers) {
      if (names.groupSector(graph.token(modifier).word().toLowerCase(Locale.ROOT) + " " + lemma).isPresent()) {
        continue; // "armed men": the sector's own word
      }
      for (Argument a : actorOrPronoun(sentence, modifier, personal)) {
        Entity e = a.entity();
        if (e.type() == EntityType.STATE) {
          states.putIfAbsent(e.id(), new Argument(stateGroup(e, sector), VIA_NOUN * a.confidence(), token, p.text(),
              p.begin(), p.end()));
        } else if (e.type().isOrganisation() && states.isEmpty()) {
          return List.of(new Argument(e, VIA_NOUN * a.confidence(), token, p.text(), p.begin(), p.end()));
        }
      }
      List<Integer> words = new ArrayList<>(List.of(modifier));
      words.addAll(graph.children(modifier, r -> r.startsWith("conj"))); // "Indian and Pakistani troops"
      boolean ledBy = graph.token(modifier).lemma().equals("lead") && graph.token(modifier).tag().equals("VBN");
      if (ledBy) {
        // "Saudi-led coalition warplanes" act for the leader ("US-backed rebels" do not)
        words = graph.children(modifier, r -> !r.equals("punct"));
      }
      for (int w : words) {
        Token m = graph.token(w);
        if ((m.tag().equals("JJ") || m.tag().startsWith("NNP")) && Character.isUpperCase(m.word().charAt(0))) {
          boolean led = ledBy || m.word().endsWith("-led");
          String word = m.word().endsWith("-led") ? m.word().substring(0, m.word().length() - 4) : m.word();
          Optional<Entity> state = stateOfDemonym(word)
              .or(() -> led ? statesByName.apply(word) : Optional.empty())
              .or(() -> led ? document.actorsAt(sentence, w).stream().map(Mention::entity)
                  .filter(e -> e.type() == EntityType.STATE).findFirst() : Optional.empty());
          if (state.isPresent()) {
            states.putIfAbsent(state.get().id(), new Argument(stateGroup(state.get(), sector), VIA_NOUN * 0.9, token,
                p.text(), p.begin(), p.end()));
          } else if (qualifier == null && states.isEmpty()) {
            qualifier = m.word(); // "Kurdish fighters": a people, not a state
          }
        }
      }
    }
    if (!states.isEmpty()) {
      return new ArrayList<>(states.values());
    }
    String id = "Group_" + (qualifier != null ? EntityIds.slug(qualifier) + "_" : "") + sector.code();
    String label = qualifier != null ? qualifier + " " + sector.label() : sector.label();
    Entity group = new Entity(id, label, EntityType.GROUP, null, null, null);
    return List.of(new Argument(group, VIA_NOUN * 0.9, token, p.text(), p.begin(), p.end()));
  }

  /**
   * The clause a noun set off after it by a comma sums up ("..., a move the UN condemned"): the
   * sentence's main verb, when it comes before the noun's phrase and has a subject; 0 for none.
   */
  private static int summedUp(DependencyGraph graph, int noun) {
    if (!graph.setOffByComma(noun)) {
      return 0;
    }
    for (int i = 1; i < noun; i++) {
      if (graph.head(i) == 0) {
        int verb = i;
        return graph.token(verb).isVerb() && graph.hasChild(verb, r -> r.equals("nsubj")) ? verb : 0;
      }
    }
    return 0;
  }

  /** Adds the adjectives of the noun compounds among a noun's modifiers: "Egyptian" in "an Egyptian ceasefire proposal". */
  private static void addCompoundAdjectives(DependencyGraph graph, List<Integer> modifiers) {
    for (int m : List.copyOf(modifiers)) {
      if (graph.relation(m).equals("compound") && graph.token(m).isNoun()) {
        modifiers.addAll(graph.children(m, r -> r.equals("amod")));
      }
    }
  }

  /** Group nouns that name no kind of force of their own: the modifier says which ("rebel forces"). */
  private static final Set<String> GENERIC_FORCES = Set.of("force", "forces", "unit", "officer",
      "personnel");

  /** A group noun's sector, read with its modifier first: "armed men" are not civilians, "asylum seekers" are. */
  private NameLists.GroupSector sector(DependencyGraph graph, int noun) {
    Token t = graph.token(noun);
    for (int modifier : graph.children(noun, r -> r.equals("amod") || r.equals("compound"))) {
      Optional<NameLists.GroupSector> phrase = names.groupSector(
          graph.token(modifier).word().toLowerCase(Locale.ROOT) + " " + t.lemma());
      if (phrase.isPresent()) {
        return phrase.get();
      }
    }
    NameLists.GroupSector head = names.groupSector(t.lemma()).orElseThrow();
    if (GENERIC_FORCES.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      // "rebel forces", "army officers": a force or an officer is of the kind its modifier names
      // (but "fighter jets" and "military police" are what their head says)
      for (int modifier : graph.children(noun, r -> r.equals("amod") || r.equals("compound"))) {
        Optional<NameLists.GroupSector> kind = names.groupSector(graph.token(modifier).word().toLowerCase(Locale.ROOT));
        if (kind.isPresent()) {
          return kind.get();
        }
      }
    }
    return head;
  }

  /** One node per state and sector: "military of Ethiopia" ({@code Group_Ethiopia_MIL}). */
  private static Entity stateGroup(Entity state, NameLists.GroupSector sector) {
    return new Entity("Group_" + state.id() + "_" + sector.code(), sector.label() + " of " + state.label(),
        EntityType.GROUP, null, state.id(), null);
  }

  /** "attacked Kharkiv": the state a place lies in, for relations whose object a place may name. */
  private Optional<Argument> placeState(int sentence, int token) {
    return document.placeAt(sentence, token)
        .filter(m -> m.entity().country() != null)
        .flatMap(m -> document.entities().stream().filter(e -> e.id().equals(m.entity().country())).findFirst()
            .or(() -> countries.apply(m.entity().country()))
            .map(state -> new Argument(state, VIA_NOUN * m.kind().confidence(), m.start(), m.surface(), m.begin(),
                m.endChar())));
  }

  private void collect(int sentence, int token, boolean personal, Map<String, Argument> out, int depth) {
    int found = out.size();
    DependencyGraph graph = graphs.get(sentence);
    Token t = graph.token(token);
    boolean impersonal = t.isPronoun() && IMPERSONAL.contains(t.word().toLowerCase(Locale.ROOT));
    String role = graph.relation(token);
    if (impersonal && (role.equals("obj") || role.equals("iobj"))) {
      // an object "it" is the object named before it: "sued Myanmar, accusing it of genocide"; nobody
      // when that is a thing ("boycotted the election, calling it a sham")
      objectBefore(sentence, token).ifPresent(a -> add(out, a));
      return;
    }
    int judged = impersonal ? PronounResolver.judgedObject(graph, token) : 0;
    if (judged > 0) {
      collect(sentence, judged, personal, out, depth + 1); // "condemned Russia over its invasion": Russia's
      if (out.size() > found) {
        return;
      }
    }
    if (impersonal) {
      Optional<Argument> local = subjectBefore(sentence, token);
      if (local.isPresent()) {
        add(out, local.get()); // "the commission said it would ...": its own sentence's subject first
        return;
      }
    }
    if (namesHazard(graph, token)) {
      return;
    }
    List<Mention> named = document.actorsAt(sentence, token);
    if (named.size() == 1 && isPeopleOf(graph, token, named.get(0))) {
      // "Israelis protested", "urged Turks to boycott": a plural demonym on its own is the state's people
      add(out, new Argument(stateGroup(named.get(0).entity(), names.groupSector("civilian").orElseThrow()),
          named.get(0).kind().confidence(), token, t.word(), t.begin(), t.end()));
      return;
    }
    int antecedent = depth == 0 ? relativeAntecedent(graph, token) : 0;
    int summedUp = depth == 0 && t.isNoun() && names.isSummaryNoun(t.lemma()) ? summedUp(graph, token) : 0;
    if (antecedent > 0) {
      collect(sentence, antecedent, personal, out, 0); // "Saudi Arabia and Egypt, which severed ties"
    } else if (!named.isEmpty()) {
      named.forEach(m -> add(out, argument(m, m.kind().confidence())));
    } else if (t.isPronoun() && PronounResolver.isResolvable(t.word())) {
      for (Mention m : pronouns.antecedents(sentence, token, personal)) {
        add(out, atPronoun(m.entity(), m.kind().confidence(), t));
      }
      String rel = graph.relation(token);
      if (out.isEmpty() && (rel.equals("obj") || rel.equals("iobj"))) {
        // an object pronoun is not its own clause's subject: "the senator singled out the governor,
        // accusing him" - the nearest object before it
        objectBefore(sentence, token).ifPresent(a -> add(out, a));
      } else if (out.isEmpty()) {
        // no named antecedent: "Opposition parties ... but they accuse ministers", "Government
        // sources said they had reached a settlement" - the sentence's own subject
        subjectBefore(sentence, token).or(() -> mainSubjectAfter(sentence, token)).ifPresent(a -> add(out, a));
      }
      if (out.isEmpty() && PronounResolver.isPlural(t.word())) {
        groupBefore(sentence, token, personal).forEach(a -> add(out, a));
      }
    } else if (t.isPronoun() && SPEAKERS.contains(t.word().toLowerCase(Locale.ROOT))) {
      // "A Home Office spokesperson said: 'We have agreed'", "'We will respond,' the minister said"
      subjectBefore(sentence, token).or(() -> mainSubjectAfter(sentence, token)).ifPresent(a -> add(out, a));
    } else if (depth == 0 && graph.relation(token).equals("appos") && graph.head(token) > 0
        && !document.actorsAt(sentence, graph.head(token)).isEmpty()) {
      // "Bassam Barabandi, a former Syrian diplomat who defected": the named actor, not the state
      collect(sentence, graph.head(token), personal, out, depth + 1);
    } else if (isCount(t) && depth <= 1 // "tens of thousands of"
        && graph.hasChild(token, r -> r.equals("nmod:of"))) { // a crowd with nobody counted is a group: "a crowd attacked"
      // "thousands of people", "dozens of protesters", "20 of the hostages": the people counted
      for (int counted : graph.children(token, r -> r.equals("nmod:of"))) {
        collect(sentence, counted, personal, out, depth + 1);
      }
    } else if (t.isNoun() && names.isBoundaryWord(t.lemma()) && depth == 0) {
      // "massed troops on its border with Ukraine": the other side; "near Ukraine's borders",
      // "toward the Eritrean border": the state whose border it is
      List<Integer> sides = graph.children(token, r -> r.equals("nmod:with"));
      if (sides.isEmpty()) {
        sides = graph.children(token, r -> r.equals("nmod:poss") || r.equals("amod") || r.equals("compound"));
      }
      for (int side : sides) {
        collect(sentence, side, personal, out, depth + 1);
      }
    } else if (t.isNoun() && names.isSiteWord(t.lemma()) && depth == 0) {
      // "positions of Amisom", "an army base", "the US embassy": the actor the place belongs to;
      // a named owner wins over a word of the place's kind ("military positions of Amisom")
      List<Integer> owners = graph.children(token, r -> r.equals("nmod:of") || r.equals("nmod:poss"));
      for (int owner : graph.children(token, r -> r.equals("nmod:of") || r.equals("nmod:poss")
          || r.equals("compound") || r.equals("amod"))) {
        boolean kindWord = graph.relation(owner).equals("amod") && graph.token(owner).ner().equals("O");
        if (!(kindWord && !owners.isEmpty())) {
          collect(sentence, owner, personal, out, depth + 1);
        }
      }
      if (out.size() == found && names.isAssetNoun(t.lemma())) {
        ownersOrWords(sentence, token, personal, out, depth);
      }
    } else if ((t.isNoun() || depth > 0) && isGroupWord(graph, token)) {
      group(sentence, token, sector(graph, token), personal).forEach(a -> add(out, a));
    } else if (t.isNoun() && (names.isAgentNoun(t.lemma()) || names.isAssetNoun(t.lemma()))) {
      List<Argument> referent = namedReferent(sentence, token);
      boolean nonState = graph.children(token, r -> r.equals("compound") || r.equals("amod")).stream()
          .anyMatch(m -> names.isNonStateModifier(graph.token(m).word()))
          || names.isNonStateModifier(t.word());
      if (nonState && referent.isEmpty()) {
        return; // "the Syrian opposition delegation" does not act for Syria
      }
      if (!referent.isEmpty()) {
        referent.forEach(a -> add(out, a)); // "his Russian counterpart Sergei Lavrov" is Lavrov
      } else {
        for (int modifier : graph.children(token, r -> r.equals("compound") || r.equals("amod")
            || r.equals("nmod:poss") || r.equals("nmod:of") || r.equals("nmod:from"))) {
          actorOrPronoun(sentence, modifier, personal).forEach(a -> add(out, widen(a, t, VIA_NOUN)));
          if (depth == 0 && names.isAssetNoun(graph.token(modifier).lemma())) {
            collect(sentence, modifier, personal, out, depth + 1); // "imports of Russian oil"
          }
        }
        if (out.size() == found && names.isAssetNoun(t.lemma())) {
          ownersOrWords(sentence, token, personal, out, depth);
        }
        if (depth == 0 && out.isEmpty()) {
          // "a spokesman for the US military" speaks for it, whatever names it
          for (int body : graph.children(token, r -> r.equals("nmod:for"))) {
            collect(sentence, body, personal, out, depth + 1);
          }
        }
      }
    } else if (summedUp > 0) {
      // "Nicaragua stripped 200 prisoners of their citizenship, a move the UN condemned" (or "a move
      // condemned by the UN"): the move is the clause's before it, its doer that clause's subject
      for (int subject : graph.children(summedUp, r -> r.equals("nsubj"))) {
        collect(sentence, subject, personal, out, depth + 1);
      }
    } else if (t.isNoun() && names.isDeedNoun(t.lemma())) {
      // "Russia's annexation", "the Russian invasion", "the decision by the EU", "US cooperation
      // with Kurdish militias", "the Tory plans" (a name compounded with the deed is its doer)
      List<Integer> possessors = new ArrayList<>(graph.children(token, r -> r.equals("nmod:poss") || r.equals("amod")
          || r.equals("compound")));
      addCompoundAdjectives(graph, possessors); // "an Egyptian ceasefire proposal"
      for (int possessor : possessors) {
        List<Argument> owners = actorOrPronoun(sentence, possessor, personal);
        Token p = graph.token(possessor);
        if (owners.isEmpty() && p.isNoun() && !graph.relation(possessor).startsWith("amod") && isGroupWord(graph, possessor)) {
          owners = group(sentence, possessor, sector(graph, possessor), personal); // "opposition demands", "the rebels' offer"
        }
        owners.forEach(a -> add(out, widen(a, t, VIA_NOUN)));
      }
      // a by-phrase names its doer in full, a group too: "war crimes by Russian forces"; so does a
      // from-phrase ("a proposal from the EU") and, for some deeds, an of-phrase ("the resignation of
      // the president", but "the annexation of Crimea" acts on Crimea)
      boolean ofDoer = names.isOfDoer(t.lemma());
      List<Integer> agents = new ArrayList<>(graph.children(token, r -> r.equals("nmod:by") || r.equals("nmod:from")
          || (ofDoer && r.equals("nmod:of"))));
      // the parties of a joint deed: "the agreement between Saudi Arabia and Iran", "the deal
      // reached between world powers and Iran"
      agents.addAll(ArgumentSlots.strayAgents(graph, token));
      List<Integer> parties = new ArrayList<>(graph.children(token, r -> r.equals("nmod:between")));
      for (int clause : graph.children(token, r -> r.startsWith("acl"))) {
        agents.addAll(ArgumentSlots.byPhrases(graph, clause));
        parties.addAll(graph.children(clause, r -> r.equals("obl:between")));
      }
      for (int party : parties) {
        agents.add(party);
        agents.addAll(graph.children(party, r -> r.startsWith("conj")));
      }
      for (int agent : agents.stream().distinct().toList()) {
        collectOrWords(sentence, agent, personal, out, depth + 1); // "a bill passed by parliament"
      }
      if (depth == 0 && out.size() == found) {
        // "the terms of a bailout offered by the creditors", "the signing of an agreement between
        // Kiir and Machar": the doers of the deed it is part of
        for (int whole : graph.children(token, r -> r.equals("nmod:of"))) {
          if (graph.token(whole).isNoun() && names.isDeedNoun(graph.token(whole).lemma())) {
            collect(sentence, whole, personal, out, depth + 1);
          }
        }
      }
      if (out.size() == found) {
        // "a government ban", "the army's order": a body no name resolves is named by its words
        // (a bare word: "the Nigerian military government's" is resolved by its mention)
        for (int possessor : possessors) {
          if (graph.token(possessor).isNoun() && !graph.relation(possessor).startsWith("amod")
              && names.isAgentNoun(graph.token(possessor).lemma())
              && !graph.hasChild(possessor, r -> r.startsWith("amod") || r.startsWith("compound") || r.startsWith("nmod"))) {
            unresolved(sentence, possessor).ifPresent(a -> out.put("?" + possessor, a));
          }
        }
      }
    }
    if (depth == 0 && out.size() == found && (t.tag().equals("NN") || t.tag().equals("NNS"))) {
      // "the Syrian dictator, Bashar al-Assad, continues to persecute": the name beside the description
      referents(sentence, token, Set.of("appos"), m -> true).forEach(a -> add(out, a));
    }
    if (depth == 0) {
      List<Integer> conjuncts = graph.children(token, r -> r.startsWith("conj"));
      if (out.size() == found && !conjuncts.isEmpty()) {
        // "talks between the government and the rebels": the first party keeps its words even
        // when only the second resolves
        unresolved(sentence, token).ifPresent(a -> out.put("?" + token, a));
      }
      for (int conjunct : conjuncts) {
        collect(sentence, conjunct, personal, out, depth + 1);
      }
    }
  }

  /**
   * The owners of a thing owned, by a possessor or an of-phrase, whatever names them: "froze the
   * assets of five Russian oligarchs", "the bank accounts of several businessmen" (a place, unlike a
   * thing, stays the place when no actor owns it).
   */
  private void ownersOrWords(int sentence, int thing, boolean personal, Map<String, Argument> out, int depth) {
    for (int owner : graphs.get(sentence).children(thing, r -> r.equals("nmod:of") || r.equals("nmod:poss"))) {
      collectOrWords(sentence, owner, personal, out, depth + 1);
    }
  }

  /** The actors a token stands for or, when it resolves to none, its words if they name some actor. */
  private void collectOrWords(int sentence, int token, boolean personal, Map<String, Argument> out, int depth) {
    int before = out.size();
    collect(sentence, token, personal, out, depth);
    if (out.size() == before) {
      unresolved(sentence, token).ifPresent(a -> out.put("?" + token, a));
    }
  }

  /**
   * The noun a count word counts ("a large number of local authorities", "hundreds of activists"),
   * or the token itself. CoreNLP folds only the fixed phrases ("a number of") into the noun.
   */
  private int counted(int sentence, int token) {
    DependencyGraph graph = graphs.get(sentence);
    if (!isCount(graph.token(token))) {
      return token;
    }
    return graph.children(token, r -> r.equals("nmod:of")).stream().findFirst().orElse(token);
  }

  /** A number or a word of counting: "20 of the hostages", "thousands of people". */
  private boolean isCount(Token t) {
    return t.tag().equals("CD") || names.isQuantityWord(t.lemma());
  }

  /**
   * What a relative pronoun the parser left unattached stands for: the noun phrase right before its
   * comma (the first of a coordination), or 0. Where the parser links it ("ref"), the enhanced graph
   * already gives the antecedent its place.
   */
  private static int relativeAntecedent(DependencyGraph graph, int token) {
    Token t = graph.token(token);
    if (!(t.tag().equals("WDT") || t.tag().equals("WP")) || token < 3
        || graph.parents(token).stream().anyMatch(d -> d.relation().equals("ref"))
        || !graph.token(token - 1).word().equals(",")) {
      return 0;
    }
    int noun = token - 2;
    if (!graph.token(noun).isNoun()) {
      return 0;
    }
    while (graph.relation(noun).startsWith("conj") && graph.head(noun) > 0 && graph.head(noun) < noun) {
      noun = graph.head(noun);
    }
    return noun;
  }

  /** A person named right after a common noun: "counterpart Sergei Lavrov", "the envoy, Wang Yi". */
  private List<Argument> namedReferent(int sentence, int noun) {
    return referents(sentence, noun, Set.of("appos", "dep", "flat"), m -> m.entity().type() == EntityType.PERSON);
  }

  /** The actors named by a noun's dependents of those relations, of the kind wanted. */
  private List<Argument> referents(int sentence, int noun, Set<String> relations,
      java.util.function.Predicate<Mention> wanted) {
    List<Argument> found = new ArrayList<>();
    for (int child : graphs.get(sentence).children(noun, relations::contains)) {
      for (Mention m : document.actorsAt(sentence, child)) {
        if (wanted.test(m)) {
          found.add(argument(m, m.kind().confidence()));
        }
      }
    }
    return found;
  }

  private List<Argument> actorOrPronoun(int sentence, int token, boolean personal) {
    Map<String, Argument> found = new LinkedHashMap<>();
    Token t = graphs.get(sentence).token(token);
    List<Mention> named = document.actorsAt(sentence, token);
    if (!named.isEmpty()) {
      named.forEach(m -> add(found, argument(m, m.kind().confidence())));
    } else if (t.isPronoun() && PronounResolver.isResolvable(t.word())) {
      for (Mention m : pronouns.antecedents(sentence, token, personal)) {
        add(found, atPronoun(m.entity(), m.kind().confidence(), t));
      }
    }
    for (int conjunct : graphs.get(sentence).children(token, r -> r.startsWith("conj"))) {
      document.actorAt(sentence, conjunct).ifPresent(m -> add(found, argument(m, m.kind().confidence())));
    }
    return new ArrayList<>(found.values());
  }

  /** An actor a pronoun stands for, as that pronoun's words, less sure than a name. */
  private static Argument atPronoun(Entity entity, double confidence, Token pronoun) {
    return new Argument(entity, PRONOUN * confidence, pronoun.index(), pronoun.word(), pronoun.begin(), pronoun.end());
  }

  private static Argument argument(Mention m, double confidence) {
    return new Argument(m.entity(), confidence, m.start(), m.surface(), m.begin(), m.endChar());
  }

  /** The argument text spans the modifier and the noun it modifies: "Russian officials". */
  private static Argument widen(Argument a, Token head, double factor) {
    int begin = Math.min(a.begin(), head.begin());
    int end = Math.max(a.end(), head.end());
    String text = a.begin() < head.begin() ? a.text() + " " + head.word() : a.text();
    return new Argument(a.entity(), a.confidence() * factor, a.token(), text, begin, end);
  }

  private static void add(Map<String, Argument> out, Argument a) {
    out.merge(a.key(), a, (x, y) -> x.confidence() >= y.confidence() ? x : y);
  }
}
