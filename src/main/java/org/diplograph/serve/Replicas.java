package org.diplograph.serve;

import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.graph.Vocabulary;

/**
 * Replicates a graph's documents {@code scale} times for the scale benchmark, deterministically:
 * copy 0 is the original; copy k renames every document, mention, event mention and event IRI
 * (and a document's {@code dcterms:identifier}) by appending {@code -rk}. Actors, places, the
 * ontology and everything else keep their IRIs, so the copies share them as real articles would,
 * and the statistics (fan-out per actor, per type, per graph) scale with the corpus.
 */
final class Replicas {
  private static final String[] RENAMED = {Vocabulary.DOC, Vocabulary.MENTION, Vocabulary.EVENT_MENTION,
      Vocabulary.EVENT};
  private static final String IDENTIFIER = Vocabulary.DCTERMS + "identifier";

  private final int scale;

  Replicas(int scale) {
    if (scale < 1) {
      throw new IllegalArgumentException("the scale must be at least 1, not " + scale);
    }
    this.scale = scale;
  }

  /** Passes the quad and its copies (the same quad again where nothing in it is renamed). */
  void forEach(Quad quad, Consumer<Quad> sink) {
    sink.accept(quad);
    boolean renamed = renamed(quad.getGraph()) || renamed(quad.getSubject()) || renamed(quad.getObject());
    if (!renamed) {
      return;
    }
    for (int k = 1; k < scale; k++) {
      String suffix = "-r" + k;
      Node object = quad.getObject();
      if (quad.getPredicate().isURI() && quad.getPredicate().getURI().equals(IDENTIFIER)
          && renamed(quad.getSubject()) && object.isLiteral()) {
        object = NodeFactory.createLiteralString(object.getLiteralLexicalForm() + suffix);
      } else {
        object = rename(object, suffix);
      }
      sink.accept(Quad.create(rename(quad.getGraph(), suffix), rename(quad.getSubject(), suffix),
          quad.getPredicate(), object));
    }
  }

  static boolean renamed(Node node) {
    if (!node.isURI()) {
      return false;
    }
    String iri = node.getURI();
    for (String prefix : RENAMED) {
      if (iri.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static Node rename(Node node, String suffix) {
    return renamed(node) ? NodeFactory.createURI(node.getURI() + suffix) : node;
  }
}
