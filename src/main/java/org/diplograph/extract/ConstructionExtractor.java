package org.diplograph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts relations with the Semgrex rules of {@code constructions.semgrex}, for phrasings the
 * trigger table cannot express ("Putin reaffirmed Russia's commitment to cooperation with China").
 * Arguments are resolved and mentions recorded exactly as for trigger rules.
 */
final class ConstructionExtractor {
  private final ConstructionRules rules;
  private final ModalityClassifier modality;

  ConstructionExtractor(ConstructionRules rules, ModalityClassifier modality) {
    this.rules = rules;
    this.modality = modality;
  }

  List<EventMention> extract(ExtractionContext context, int sentence, RelationCatalog catalog) {
    List<EventMention> out = new ArrayList<>();
    if (rules.rules().isEmpty() || !context.graph(sentence).sentence().parsed()) {
      return out; // Semgrex needs a parse; a sentence was left unparsed only if no trigger node matches a word of it
    }
    SemanticGraph graph = SemanticGraphs.of(context.graph(sentence).sentence());
    for (ConstructionRule rule : rules.rules()) {
      SemgrexMatcher matcher = rule.pattern().matcher(graph);
      while (matcher.find()) {
        int trigger = matcher.getNode("trigger").index();
        MentionDraft draft = new MentionDraft(context, sentence, trigger,
            catalog.forRelation(rule.relation(), null, rule.source()), rule.confidence(),
            rule.source(), modality.classify(context.graph(sentence), trigger, rule.relation()), 0,
            tokens(matcher, "object"));
        if (matcher.getNode("pair") != null) {
          List<Argument> parties = EventExtractor.resolveAll(context, sentence, tokens(matcher, "pair"), rule.relation());
          if (EventExtractor.distinctEntities(parties) >= 2) {
            out.add(draft.event(parties, List.of(), true, 1.0));
          }
          continue;
        }
        List<Argument> subjects = EventExtractor.resolveAll(context, sentence, tokens(matcher, "subject"), rule.relation());
        List<Argument> objects = EventExtractor.resolveAll(context, sentence, tokens(matcher, "object"), rule.relation());
        if (!subjects.isEmpty() && !objects.isEmpty()) {
          out.add(draft.event(subjects, objects, false, 1.0));
        }
      }
    }
    return out;
  }

  private static List<Integer> tokens(SemgrexMatcher matcher, String name) {
    IndexedWord node = matcher.getNode(name);
    return node == null ? List.of() : List.of(node.index());
  }
}
