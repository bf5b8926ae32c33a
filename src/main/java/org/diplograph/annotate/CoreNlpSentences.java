package org.diplograph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Conversion between CoreNLP's sentences and the project's records, and running the parser on
 * some sentences of a document only. Kept here so that no CoreNLP type leaves the annotate package.
 */
final class CoreNlpSentences {
  private CoreNlpSentences() {}

  /** A CoreNLP sentence as a {@link Sentence}, with whatever dependencies it has (none before parsing). */
  static Sentence convert(int index, CoreMap sentence) {
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      tokens.add(new Token(label.index(), label.word(), label.lemma(), label.tag(),
          label.ner() == null ? "O" : label.ner(),
          label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
          label.beginPosition(), label.endPosition()));
    }
    SemanticGraph basicGraph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    List<Dependency> basic = edges(basicGraph);
    List<Dependency> enhanced = edges(sentence.get(
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
    int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new Sentence(index, begin, end, sentence.get(CoreAnnotations.TextAnnotation.class),
        tokens, basic, enhanced, basicGraph != null);
  }

  static List<Dependency> edges(SemanticGraph graph) {
    List<Dependency> edges = new ArrayList<>();
    if (graph == null) {
      return edges;
    }
    for (IndexedWord root : graph.getRoots()) {
      edges.add(new Dependency(0, root.index(), "root"));
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      // Copy nodes (elided predicates) have no token of their own; skip them.
      if (edge.getGovernor().copyCount() > 0 || edge.getDependent().copyCount() > 0) {
        continue;
      }
      edges.add(new Dependency(edge.getGovernor().index(), edge.getDependent().index(),
          edge.getRelation().toString()));
    }
    edges.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor)
        .thenComparing(Dependency::relation));
    return edges;
  }

  /**
   * A cached sentence as CoreNLP's parser needs it: words, tags, lemmas, entity tags and offsets,
   * as the pipeline had them when it would have parsed the sentence.
   */
  static CoreMap toCoreMap(Sentence sentence, String docId) {
    List<CoreLabel> labels = new ArrayList<>();
    for (Token t : sentence.tokens()) {
      CoreLabel label = CoreLabels.of(t, sentence.index());
      label.setDocID(docId);
      labels.add(label);
    }
    CoreMap out = new ArrayCoreMap();
    out.set(CoreAnnotations.TokensAnnotation.class, labels);
    out.set(CoreAnnotations.TextAnnotation.class, sentence.text());
    out.set(CoreAnnotations.SentenceIndexAnnotation.class, sentence.index());
    out.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, sentence.begin());
    out.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, sentence.end());
    out.set(CoreAnnotations.DocIDAnnotation.class, docId);
    return out;
  }

  /**
   * Runs the parser on these sentences only; it annotates each sentence on its own, so the
   * sentences of a document left out are simply not handed to it.
   */
  static void parse(Annotator parser, List<CoreMap> sentences) {
    // CoreNLP's own parsing step (the baseline's): five graphs per sentence
    if (sentences.isEmpty()) {
      return;
    }
    Annotation part = new Annotation("");
    part.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(sentences));
    parser.annotate(part);
  }
}
