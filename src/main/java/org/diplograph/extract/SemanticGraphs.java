package org.diplograph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.international.Language;
import org.diplograph.annotate.CoreLabels;
import org.diplograph.annotate.Dependency;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;

/**
 * Rebuilds CoreNLP's {@link SemanticGraph} from a sentence's own records (for Semgrex), so
 * constructions run on cached annotations too, without the annotator.
 */
final class SemanticGraphs {
  private SemanticGraphs() {}

  static SemanticGraph of(Sentence sentence) {
    SemanticGraph graph = new SemanticGraph();
    IndexedWord[] nodes = new IndexedWord[sentence.size() + 1];
    for (Token t : sentence.tokens()) {
      nodes[t.index()] = new IndexedWord(CoreLabels.of(t, sentence.index()));
      graph.addVertex(nodes[t.index()]);
    }
    for (Dependency d : sentence.enhanced()) {
      if (d.dependent() > sentence.size() || d.governor() > sentence.size()) {
        continue;
      }
      if (d.governor() == 0) {
        graph.addRoot(nodes[d.dependent()]);
      } else {
        graph.addEdge(nodes[d.governor()], nodes[d.dependent()],
            GrammaticalRelation.valueOf(Language.UniversalEnglish, d.relation()), 1.0, false);
      }
    }
    return graph;
  }
}
