package org.diplograph.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.diplograph.annotate.DependencyGraph;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityType;
import org.diplograph.resolve.Gazetteer;
import org.diplograph.resolve.Mention;
import org.diplograph.resolve.MentionKind;
import org.diplograph.resolve.ResolvedDocument;

/**
 * Reads roles from titles ({@code titles.tsv}) next to a person's name: before it ("Chinese
 * President Xi Jinping", "China's Foreign Minister Wang Yi", "Chinese Foreign Ministry
 * spokesperson Mao Ning") or in an apposition after it ("Victor Gao, Vice-President of the Centre
 * for China and Globalisation"). When the text names no state ("President Trump"), the person's
 * country from the gazetteer is used, with less confidence.
 */
final class RoleExtractor {
  private static final int WINDOW = 8;
  private static final int APPOSITION_DEPTH = 4;
  /** Discount when the state comes from the gazetteer rather than the sentence. */
  private static final double FROM_GAZETTEER = 0.85;

  private final TitleRules titles;
  private final Gazetteer gazetteer;
  private final Set<String> titleWords = new HashSet<>();

  RoleExtractor(TitleRules titles, Gazetteer gazetteer) {
    this.titles = titles;
    this.gazetteer = gazetteer;
    for (TitleRule rule : titles.rules()) {
      rule.variants().forEach(v -> titleWords.addAll(TitleRules.words(v)));
    }
    // "minister of foreign affairs" needs "of" inside a title, but a title never starts with it
    titleWords.removeAll(Set.of("of", "the", "for", "and", "to", "in", "at", "on"));
  }

  List<RelationMention> extract(ExtractionContext context, int sentence) {
    ResolvedDocument document = context.document();
    DependencyGraph graph = context.graph(sentence);
    List<RelationMention> out = new ArrayList<>();
    for (Mention person : document.mentions(sentence)) {
      if (person.entity().type() != EntityType.PERSON || !person.isActor()) {
        continue;
      }
      premodifier(document, graph, person).ifPresent(out::add);
      apposition(document, graph, person).ifPresent(out::add);
    }
    return out;
  }

  /** A title in the words right before the name. */
  private Optional<RelationMention> premodifier(ResolvedDocument document, DependencyGraph graph, Mention person) {
    int windowStart = person.start();
    for (int k = person.start() - 1; k >= 1 && person.start() - k <= WINDOW; k--) {
      if (!inTitlePhrase(document, graph, person.sentence(), k)) {
        break;
      }
      windowStart = k;
    }
    if (windowStart == person.start()) {
      return Optional.empty();
    }
    Optional<int[]> title = findTitle(graph.sentence(), windowStart, person.start());
    if (title.isEmpty()) {
      return Optional.empty();
    }
    int titleStart = title.get()[0];
    int titleEnd = title.get()[1];
    if (cancelled(graph.sentence(), windowStart, titleStart)) {
      return Optional.empty();
    }
    Mention affiliate = null;
    for (Mention m : document.mentions(person.sentence())) {
      if (m.isActor() && m.start() >= windowStart && m.end() <= titleStart && m.entity() != person.entity()
          && (affiliate == null || m.end() > affiliate.end()
              || (m.end() == affiliate.end() && m.kind() == MentionKind.NAME))) {
        affiliate = m;
      }
    }
    String titleText = span(graph.sentence(), titleStart, titleEnd);
    int begin = graph.token(windowStart).begin();
    String subjectText = spanText(graph.sentence(), begin, person.endChar());
    return role(person, affiliate == null ? null : affiliate.entity(),
        affiliate == null ? null : affiliate.surface(), titleText, begin, person.endChar(), subjectText);
  }

  /** "Victor Gao, Vice-President of the Centre ...", "Plotnikov, a leading expert ... at CSIS". */
  private Optional<RelationMention> apposition(ResolvedDocument document, DependencyGraph graph, Mention person) {
    for (int i = person.start(); i < person.end(); i++) {
      for (int appos : graph.children(i, r -> r.equals("appos"))) {
        int from = leftmost(graph, appos);
        Optional<int[]> title = findTitle(graph.sentence(), from, appos + 1);
        if (title.isEmpty() || cancelled(graph.sentence(), from, title.get()[0])) {
          continue;
        }
        Optional<Mention> affiliate = affiliateBelow(document, graph, person, appos);
        String titleText = span(graph.sentence(), title.get()[0], title.get()[1]);
        int end = affiliate.map(Mention::endChar).orElse(graph.token(appos).end());
        return role(person, affiliate.map(Mention::entity).orElse(null),
            affiliate.map(Mention::surface).orElse(null), titleText, person.begin(), Math.max(end, person.endChar()),
            person.surface());
      }
    }
    return Optional.empty();
  }

  private Optional<RelationMention> role(Mention person, Entity affiliate, String affiliateText, String titleText,
      int begin, int end, String subjectText) {
    String words = TitleRules.key(titleText);
    double discount = 1.0;
    if (affiliate == null) {
      // No state in the sentence: a state title ("President Trump") falls back on the gazetteer.
      Entity country = person.entity().country() == null ? null
          : gazetteer.entity(person.entity().country()).orElse(null);
      if (country == null) {
        return Optional.empty();
      }
      affiliate = country;
      affiliateText = null;
      discount = FROM_GAZETTEER;
    }
    for (TitleRule rule : titles.rules()) {
      if (rule.variants().contains(words) && fits(rule.affiliate(), affiliate.type())) {
        if (rule.relation() == null) {
          return Optional.empty();
        }
        if (discount < 1 && rule.affiliate() != TitleRule.Affiliate.STATE) {
          return Optional.empty();
        }
        double confidence = Math.round(rule.confidence() * discount * 100) / 100.0;
        return Optional.of(new RelationMention(rule.relation(), person.entity(), affiliate, person.sentence(),
            begin, end, titleText, subjectText, affiliateText, Modality.ASSERTED, confidence, rule.source(),
            null, null));
      }
    }
    return Optional.empty();
  }

  private static boolean fits(TitleRule.Affiliate wanted, EntityType type) {
    return switch (wanted) {
      case STATE -> type == EntityType.STATE;
      case ORGANISATION -> type.isOrganisation();
      case ANY -> type.isActor() && type != EntityType.PERSON;
    };
  }

  private boolean inTitlePhrase(ResolvedDocument document, DependencyGraph graph, int sentence, int k) {
    Token t = graph.token(k);
    String word = t.word().toLowerCase(Locale.ROOT);
    if (word.equals("elect")) {
      return true; // "President - elect", split by the tokenizer
    }
    if (document.mentions(sentence).stream().anyMatch(m -> m.covers(k) && m.entity().type() == EntityType.PERSON)) {
      return false;
    }
    return titleWords.contains(word) || t.ner().equals("TITLE") || word.equals("'s") || word.equals("’s")
        || word.equals("-") || document.actorAt(sentence, k).isPresent()
        || (t.isProperNoun() && Character.isUpperCase(t.word().codePointAt(0)));
  }

  /** The longest title ending as close to {@code end} as possible, as [start, end) token indices. */
  private Optional<int[]> findTitle(Sentence sentence, int from, int end) {
    for (int last = end - 1; last >= from; last--) {
      for (int len = Math.min(titles.longestTitle(), last - from + 1); len >= 1; len--) {
        StringBuilder words = new StringBuilder();
        for (int k = last - len + 1; k <= last; k++) {
          words.append(k > last - len + 1 ? " " : "").append(sentence.token(k).word());
        }
        String key = TitleRules.key(words.toString());
        for (TitleRule rule : titles.rules()) {
          if (rule.variants().contains(key)) {
            return Optional.of(new int[] {last - len + 1, last + 1});
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean cancelled(Sentence sentence, int from, int titleStart) {
    for (int k = from; k < titleStart + 1 && k <= sentence.size(); k++) {
      String w = sentence.token(k).word().toLowerCase(Locale.ROOT);
      if (w.equals("former") || w.equals("ex") || w.startsWith("ex-") || w.equals("late")) {
        return true;
      }
    }
    return false;
  }

  /** The nearest organisation or state below an appositive head, through nominal modifiers. */
  private static Optional<Mention> affiliateBelow(ResolvedDocument document, DependencyGraph graph, Mention person,
      int appos) {
    Deque<int[]> queue = new ArrayDeque<>();
    queue.add(new int[] {appos, 0});
    Set<Integer> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      int[] item = queue.poll();
      if (!seen.add(item[0]) || item[1] > APPOSITION_DEPTH) {
        continue;
      }
      if (item[0] != appos) {
        Optional<Mention> m = document.actorAt(person.sentence(), item[0]);
        if (m.isPresent() && m.get().entity().type() != EntityType.PERSON && m.get().kind() != MentionKind.DEMONYM) {
          return m;
        }
      }
      for (int child : graph.children(item[0], r -> r.startsWith("nmod") || r.startsWith("conj")
          || r.equals("compound") || r.equals("amod"))) {
        queue.add(new int[] {child, item[1] + 1});
      }
    }
    return Optional.empty();
  }

  private static int leftmost(DependencyGraph graph, int head) {
    int left = head;
    for (int child : graph.basicChildren(head)) {
      if (child < left) {
        String rel = graph.relation(child);
        if (rel.equals("amod") || rel.equals("compound") || rel.equals("det") || rel.equals("nmod:poss")
            || rel.equals("advmod") || rel.equals("case")) {
          left = Math.min(left, leftmost(graph, child));
        }
      }
    }
    return left;
  }

  private static String span(Sentence sentence, int start, int end) {
    return spanText(sentence, sentence.token(start).begin(), sentence.token(end - 1).end());
  }

  private static String spanText(Sentence sentence, int begin, int end) {
    int from = begin - sentence.begin();
    int to = end - sentence.begin();
    return sentence.text().substring(Math.max(0, from), Math.min(sentence.text().length(), to)).replaceAll("\\s+", " ");
  }
}
