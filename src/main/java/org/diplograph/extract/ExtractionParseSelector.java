package org.diplograph.extract;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;
import org.diplograph.resolve.Mention;
import org.diplograph.resolve.MentionKind;
import org.diplograph.resolve.PronounResolver;

/**
 * The sentences extraction reads dependencies of, told before they are parsed from their words
 * and their entity mentions, with the same pattern files the extractors use (so a new
 * trigger row selects its sentences without a line of code):
 *
 * <ul>
 *   <li>a word some trigger row is filed under ({@link EventExtractor#candidates}), when the row
 *       requires no word or one of its required words is in the sentence (as a lemma, or a lemma
 *       without its plural s, as {@code DependencyGraph.hasLemma} compares);
 *   <li>a word a construction's {@code =trigger} node matches ({@code constructions.semgrex});
 *   <li>after a sentence with a trigger, a sentence with a claim's verb ({@code responsibility.tsv}:
 *       "... Al-Shabaab claimed responsibility");
 *   <li>a name with a title ({@code titles.tsv}) in the sentence: a title in apposition after a
 *       name is found through the parse ("Victor Gao, Vice-President of ...");
 *   <li>before a sentence with a trigger and a pronoun, the sentences the pronoun may look back
 *       into that hold an actor it could stand for (two for they/their): the antecedent's role
 *       there is read from their parse ({@link PronounResolver}).
 * </ul>
 *
 * Mentions count by their kind only, never by their actor's type or identity, which change when the
 * corpus settles each name's type and a lone surname's person; for the same reason the document's
 * date plays no part. Anything else extraction does starts from one of these words, and in a
 * sentence without one it produces nothing, parsed or not. The selection may hold sentences that
 * yield nothing (a required word elsewhere in the sentence, a trigger with no participant); it must
 * never miss one: {@code ParseSelectionTest} checks on every test document that extraction gives
 * the same result when the sentences outside the selection lose their parse.
 */
public final class ExtractionParseSelector {
  private static final Pattern TRIGGER_NODE = Pattern.compile("(\\{[^{}]*\\})\\s*=trigger\\b");

  private final TriggerRules triggers;
  private final ResponsibilityClaims claims;
  private final List<Optional<SemgrexPattern>> constructionTriggers = new ArrayList<>();
  private final TitleRules titles;
  private final Set<String> titleKeys = new HashSet<>();
  private final Set<String> titleEnds = new HashSet<>();

  public ExtractionParseSelector(ExtractionRules rules) {
    this.triggers = rules.triggers();
    this.claims = rules.claims();
    this.titles = rules.titles();
    for (ConstructionRule rule : rules.constructions().rules()) {
      constructionTriggers.add(triggerNode(rule.pattern().pattern()));
    }
    titles.rules().forEach(rule -> titleKeys.addAll(rule.variants()));
    titleKeys.forEach(key -> {
      List<String> words = TitleRules.words(key);
      titleEnds.add(words.get(words.size() - 1));
    });
  }

  /**
   * The {@code =trigger} node of a construction on its own, as a pattern that matches single
   * words; empty when it cannot be told, and then the construction may fire in any sentence.
   */
  static Optional<SemgrexPattern> triggerNode(String pattern) {
    Matcher m = TRIGGER_NODE.matcher(pattern);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(SemgrexPattern.compile(m.group(1) + "=trigger"));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The sentences with a word an event rule or construction starts from: these are parsed. */
  public BitSet eventSentences(List<Sentence> sentences) {
    BitSet events = new BitSet();
    for (int s = 0; s < sentences.size(); s++) {
      if (hasTrigger(sentences.get(s)) || hasConstructionTrigger(sentences.get(s))) {
        events.set(s);
      }
    }
    return events;
  }

  /**
   * The sentences to parse: those of {@code events} ({@link #eventSentences}), and, among the others,
   * those with a name and a title, and those a pronoun of an event sentence may look back into.
   * {@code mentions} gives a sentence's mentions ({@code EntityResolver.find}; their kinds and spans
   * are all that counts).
   */
  public BitSet select(List<Sentence> sentences, BitSet events, IntFunction<List<Mention>> mentions) {
    BitSet selected = (BitSet) events.clone();
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      if (!events.get(s)) {
        if (hasTitle(sentence) && mentions.apply(s).stream().anyMatch(ExtractionParseSelector::maybePerson)) {
          selected.set(s);
        }
        continue;
      }
      if (s + 1 < sentences.size() && claims.mayClaim(sentences.get(s + 1))) {
        selected.set(s + 1); // "... The Islamic Resistance in Iraq claimed responsibility."
      }
      // "he", "its": an earlier sentence's actor; "their": an earlier pair of actors
      BitSet earlier = PronounResolver.lookBackSentences(sentences, s, mentions);
      earlier.andNot(events);
      selected.or(earlier);
    }
    return selected;
  }

  /** {@link #select} with every sentence's mentions at hand. */
  public BitSet select(List<Sentence> sentences, List<List<Mention>> mentions) {
    return select(sentences, eventSentences(sentences), mentions::get);
  }

  /** A mention that may be a person once the corpus has settled its type: a name, not a place or people. */
  private static boolean maybePerson(Mention m) {
    return m.kind() == MentionKind.NAME || m.kind() == MentionKind.PARTIAL_NAME;
  }

  /** Whether a trigger row could speak for a word of the sentence. */
  boolean hasTrigger(Sentence sentence) {
    Set<String> lemmas = null;
    for (Token t : sentence.tokens()) {
      for (TriggerRule rule : EventExtractor.candidates(triggers, t)) {
        if (rule.requires().isEmpty()) {
          return true;
        }
        lemmas = lemmas == null ? lemmaForms(sentence) : lemmas;
        if (rule.requires().stream().anyMatch(lemmas::contains)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The sentence's lemmas, lower-cased, and each without a plural s. */
  private static Set<String> lemmaForms(Sentence sentence) {
    Set<String> forms = new HashSet<>();
    for (Token t : sentence.tokens()) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      forms.add(lemma);
      if (lemma.endsWith("s")) {
        forms.add(lemma.substring(0, lemma.length() - 1));
      }
    }
    return forms;
  }

  boolean hasConstructionTrigger(Sentence sentence) {
    if (constructionTriggers.isEmpty()) {
      return false;
    }
    // the words alone, each its own root: Semgrex starts from the roots and tries every word
    SemanticGraph words = SemanticGraphs.of(sentence.withoutParse());
    words.setRoots(words.vertexSet());
    for (Optional<SemgrexPattern> trigger : constructionTriggers) {
      if (trigger.isEmpty() || trigger.get().matcher(words).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether some run of the sentence's words is a title, compared as {@code RoleExtractor} does. */
  boolean hasTitle(Sentence sentence) {
    int n = sentence.size();
    for (int last = 1; last <= n; last++) {
      if (!titleEnds.contains(sentence.token(last).word().toLowerCase(Locale.ROOT))) {
        continue; // no title ends with this word
      }
      StringBuilder words = new StringBuilder();
      for (int first = last; first >= 1 && last - first < titles.longestTitle(); first--) {
        words.insert(0, sentence.token(first).word() + (first < last ? " " : ""));
        if (titleKeys.contains(TitleRules.key(words.toString()))) {
          return true;
        }
      }
    }
    return false;
  }
}
