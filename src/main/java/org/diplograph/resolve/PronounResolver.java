package org.diplograph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.diplograph.annotate.DependencyGraph;

/**
 * Resolves the few pronouns relation rules need ("his meeting with", "its partnership with",
 * "their meeting") with the recency heuristics news prose supports: he/his to the nearest
 * preceding person, it/its to the nearest state or organisation, they/their to a pair of
 * coordinated actors ("Xi and Putin", "China and Russia") in the same sentence. Only for personal
 * relations (meetings, calls) does "their" look back into earlier sentences, for the last pair of
 * people named together: "their partnership" two sentences after "the US and Russia" is too often
 * someone else's. A miss returns nothing rather than a guess.
 */
public final class PronounResolver {
  private static final Set<String> PERSON = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
  private static final Set<String> THING = Set.of("it", "its", "itself");
  private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "themselves");
  private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our", "ours", "ourselves");
  private static final int SINGULAR_WINDOW = 3;
  private static final int PLURAL_WINDOW = 6;

  private final ResolvedDocument document;
  private final List<DependencyGraph> graphs;

  public PronounResolver(ResolvedDocument document, List<DependencyGraph> graphs) {
    this.document = document;
    this.graphs = graphs;
  }

  public static boolean isResolvable(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return PERSON.contains(w) || THING.contains(w) || PLURAL.contains(w);
  }

  /**
   * How many sentences back the antecedent of this word may be sought (0 for a word that is no
   * pronoun this resolver handles): the sentences whose parse it may read.
   */
  public static int lookBack(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return PLURAL.contains(w) ? PLURAL_WINDOW : PERSON.contains(w) || THING.contains(w) ? SINGULAR_WINDOW : 0;
  }

  /** A mention a pronoun may stand for, whatever its actor's type turns out to be: not a place or a people. */
  public static boolean maybeAntecedent(Mention m) {
    return m.kind() != MentionKind.PLACE && m.kind() != MentionKind.DEMONYM;
  }

  /**
   * The earlier sentences whose parse resolving the pronouns of sentence {@code s} may read, told
   * before parsing: for he/his/it/its, those of the last {@value #SINGULAR_WINDOW} that name some
   * actor; for they/their, those of the last {@value #PLURAL_WINDOW} that name two (a coordinated
   * pair is sought there). {@code mentions} gives a sentence's mentions; only their kinds count.
   */
  public static java.util.BitSet lookBackSentences(List<org.diplograph.annotate.Sentence> sentences, int s,
      java.util.function.IntFunction<List<Mention>> mentions) {
    int singular = 0;
    int plural = 0;
    for (var t : sentences.get(s).tokens()) {
      if (isPlural(t.word())) {
        plural = Math.max(plural, lookBack(t.word()));
      } else {
        singular = Math.max(singular, lookBack(t.word()));
      }
    }
    java.util.BitSet read = new java.util.BitSet();
    for (int previous = Math.max(0, s - Math.max(singular, plural)); previous < s; previous++) {
      long actors = mentions.apply(previous).stream().filter(PronounResolver::maybeAntecedent).count();
      if ((s - previous <= singular && actors >= 1) || (s - previous <= plural && actors >= 2)) {
        read.set(previous);
      }
    }
    return read;
  }

  /** Whether a pronoun speaks of several: "their", "they", and the speaker's side, "we", "our". */
  public static boolean isPlural(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return PLURAL.contains(w) || FIRST_PLURAL.contains(w);
  }

  /**
   * Antecedent mentions of the pronoun at (sentence, token). {@code personal}: the relation is
   * one people carry out (a meeting), so a plural pronoun prefers people and may look back.
   */
  public List<Mention> antecedents(int sentence, int token, boolean personal) {
    String word = document.sentences().get(sentence).token(token).word().toLowerCase(Locale.ROOT);
    if (PLURAL.contains(word)) {
      return pair(sentence, token, personal);
    }
    boolean person = PERSON.contains(word);
    if (!person && !THING.contains(word)) {
      return List.of();
    }
    DependencyGraph graph = graphs.get(sentence);
    String rel = graph.relation(token);
    boolean objectThing = !person && (rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl"));
    if (subjectIsNoActor(sentence, token)) {
      return List.of(); // "The opposition delegation held its first meeting": "its" is the delegation's
    }
    Optional<Mention> same = sameSentence(sentence, token, person);
    if (same.isPresent()) {
      return List.of(same.get());
    }
    if (objectThing) {
      return List.of(); // "met to condemn it": an object "it" beyond its sentence is nearly always an event
    }
    for (int s = sentence - 1; s >= Math.max(0, sentence - SINGULAR_WINDOW); s--) {
      int previous = s;
      Optional<Mention> found = subjectOf(previous, person).or(() -> last(previous, person));
      if (found.isPresent()) {
        return List.of(found.get());
      }
    }
    return List.of();
  }

  /**
   * The antecedent in the pronoun's own sentence. A singular pronoun never stands for one member
   * of a coordination ("Saudi Arabia, the UAE and Egypt ... accusing it"). A possessive or subject
   * pronoun prefers the nearest subject ("Netanyahu did not meet Biden during his visit"); an
   * object pronoun is not its clause's subject ("the senator singled out the governor, accusing him"), so it
   * prefers the nearest actor that is not a subject.
   */
  private Optional<Mention> sameSentence(int sentence, int token, boolean person) {
    DependencyGraph graph = graphs.get(sentence);
    String rel = graph.relation(token);
    boolean objectPronoun = rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl");
    Mention nearest = null;
    Mention nearestPreferred = null;
    int verb = graph.head(token);
    boolean subjectPronoun = rel.startsWith("nsubj");
    int judged = judgedObject(graph, token);
    for (Mention m : document.mentions(sentence)) {
      if (!m.isActor() || m.end() > token || !fits(m, person)
          || (isCoordinated(sentence, graph, m) && !conjoinedWithOwnPhrase(graph, m, token))) {
        continue;
      }
      if (judged > 0 && m.start() <= judged && judged < m.end()) {
        return Optional.of(m); // "condemned Russia over its invasion": the one judged owns what it is judged for
      }
      if (subjectPronoun && objectOf(graph, m, verb)) {
        continue; // "Mattis, whom he has praised": a subject is not its own verb's object
      }
      if (nearest == null || m.start() > nearest.start()) {
        nearest = m;
      }
      if (isSubject(graph, m) != objectPronoun && (nearestPreferred == null || m.start() > nearestPreferred.start())) {
        nearestPreferred = m;
      }
    }
    return Optional.ofNullable(nearestPreferred != null ? nearestPreferred : (objectPronoun ? null : nearest));
  }

  /**
   * The pronoun's clause has a subject before it that is a common noun with no name of its own
   * ("the delegation", "the government"): the pronoun most likely stands for that noun phrase,
   * which the relation rules resolve by themselves (through its modifiers or not at all).
   */
  private boolean subjectIsNoActor(int sentence, int token) {
    DependencyGraph graph = graphs.get(sentence);
    int node = token;
    for (int step = 0; step < 4 && graph.head(node) > 0; step++) {
      node = graph.head(node);
      List<Integer> subjects = graph.children(node, r -> r.equals("nsubj") || r.equals("nsubj:pass"));
      if (subjects.isEmpty()) {
        continue;
      }
      for (int subject : subjects) {
        var t = graph.token(subject);
        boolean possessed = graph.children(subject, r -> r.equals("nmod:poss")).stream()
            .anyMatch(p -> document.actorAt(sentence, p).isPresent()); // "Erdogan's rows ... his collaboration"
        boolean plural = graph.isPluralPhrase(subject);
        boolean singular = !isPlural(graph.token(token).word());
        if (subject < token && t.isNoun() && !t.isProperNoun() && !possessed && !(plural && singular)
            && document.actorAt(sentence, subject).isEmpty()) { // "prisoners were released ... before his talks": not theirs
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /** Whether a mention is the object of a verb (in the enhanced graph: a relative clause's antecedent too). */
  private static boolean objectOf(DependencyGraph graph, Mention m, int verb) {
    for (int i = m.start(); i < m.end(); i++) {
      if (graph.parents(i).stream().anyMatch(d -> d.governor() == verb
          && (d.relation().equals("obj") || d.relation().equals("iobj")))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSubject(DependencyGraph graph, Mention m) {
    for (int i = m.start(); i < m.end(); i++) {
      if (graph.parents(i).stream().anyMatch(d -> d.relation().equals("nsubj"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The object of the verb a possessive pronoun's phrase gives the reason for ("condemned Russia over
   * its invasion", "praised Turkey for its hosting of refugees"), or 0.
   */
  public static int judgedObject(DependencyGraph graph, int token) {
    if (!graph.relation(token).equals("nmod:poss")) {
      return 0;
    }
    int noun = graph.head(token);
    int verb = noun > 0 ? graph.head(noun) : 0;
    if (verb <= 0 || !graph.token(verb).isVerb() || graph.parents(noun).stream()
        .noneMatch(d -> d.governor() == verb && (d.relation().equals("obl:over") || d.relation().equals("obl:for")))) {
      return 0;
    }
    // the one acted on, nearest before the pronoun: its object, or whom the object is aimed at
    // ("imposed sanctions on Beijing over its crackdown")
    List<Integer> judged = new java.util.ArrayList<>(graph.children(verb, r -> r.equals("obj")
        || r.equals("obl:on") || r.equals("obl:against")));
    for (int object : graph.children(verb, r -> r.equals("obj"))) {
      judged.addAll(graph.children(object, r -> r.equals("nmod:on") || r.equals("nmod:against")));
    }
    return judged.stream().filter(o -> o < token).max(Integer::compare).orElse(0);
  }

  /** Whether a pronoun's own phrase is coordinated with the mention: "Nancy Pelosi and her family". */
  private static boolean conjoinedWithOwnPhrase(DependencyGraph graph, Mention m, int pronoun) {
    int noun = graph.head(pronoun);
    return noun > 0 && graph.parents(noun).stream().anyMatch(d -> d.relation().startsWith("conj")
        && d.governor() >= m.start() && d.governor() < m.end());
  }

  private boolean isCoordinated(int sentence, DependencyGraph graph, Mention m) {
    for (int i = m.start(); i < m.end(); i++) {
      List<Integer> partners = new java.util.ArrayList<>(graph.children(i, r -> r.startsWith("conj")));
      graph.parents(i).stream().filter(d -> d.relation().startsWith("conj")).forEach(d -> partners.add(d.governor()));
      // coordinated with another actor ("Saudi Arabia, the UAE and Egypt"), not with a thing or a
      // group of their own ("Nancy Pelosi and her family")
      if (partners.stream().anyMatch(p -> document.mentions(sentence).stream()
          .anyMatch(o -> o != m && o.isActor() && p >= o.start() && p < o.end()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean fits(Mention m, boolean person) {
    boolean isPerson = m.entity().type() == EntityType.PERSON;
    return person == isPerson && m.kind() != MentionKind.DEMONYM;
  }

  private Optional<Mention> subjectOf(int sentence, boolean person) {
    DependencyGraph graph = graphs.get(sentence);
    for (int root : graph.children(0, r -> r.equals("root"))) {
      for (int subject : graph.children(root, r -> r.equals("nsubj") || r.equals("nsubj:pass"))) {
        Optional<Mention> m = document.actorAt(sentence, subject);
        if (m.isPresent() && fits(m.get(), person)) {
          return m;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Mention> last(int sentence, boolean person) {
    Mention best = null;
    for (Mention m : document.mentions(sentence)) {
      if (m.isActor() && fits(m, person) && (best == null || m.start() > best.start())) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  private List<Mention> pair(int sentence, int token, boolean personal) {
    List<Mention> same = coordinatedPair(sentence, token, personal);
    if (!same.isEmpty() || !personal) {
      return same;
    }
    List<Mention> fallback = List.of();
    for (int s = sentence - 1; s >= Math.max(0, sentence - PLURAL_WINDOW); s--) {
      List<Mention> found = coordinatedPair(s, Integer.MAX_VALUE, true);
      if (found.isEmpty()) {
        continue;
      }
      if (found.get(0).entity().type() == EntityType.PERSON) {
        return found;
      }
      if (fallback.isEmpty()) {
        fallback = found;
      }
    }
    return fallback;
  }

  /** The last two coordinated actors ("X and Y") before {@code before}, persons first if asked. */
  private List<Mention> coordinatedPair(int sentence, int before, boolean preferPersons) {
    DependencyGraph graph = graphs.get(sentence);
    List<Mention> actors = new ArrayList<>();
    for (Mention m : document.mentions(sentence)) {
      if (m.isActor() && m.end() <= before && m.kind() != MentionKind.DEMONYM) {
        actors.add(m);
      }
    }
    List<Mention> last = List.of();
    List<Mention> lastPersons = List.of();
    for (Mention a : actors) {
      for (Mention b : actors) {
        if (a.start() < b.start() && !a.entity().equals(b.entity())
            && a.entity().type() == b.entity().type() && coordinated(graph, a, b)) {
          if (last.isEmpty() || b.start() > last.get(1).start()) {
            last = List.of(a, b);
          }
          if (a.entity().type() == EntityType.PERSON
              && (lastPersons.isEmpty() || b.start() > lastPersons.get(1).start())) {
            lastPersons = List.of(a, b);
          }
        }
      }
    }
    return preferPersons && !lastPersons.isEmpty() ? lastPersons : last;
  }

  private static boolean coordinated(DependencyGraph graph, Mention a, Mention b) {
    for (int i = a.start(); i < a.end(); i++) {
      for (int j : graph.children(i, r -> r.startsWith("conj"))) {
        if (b.covers(j)) {
          return true;
        }
      }
    }
    return false;
  }
}
