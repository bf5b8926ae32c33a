package org.diplograph.annotate;

import java.util.List;

/** The annotator's output for one document, in the project's own types (no CoreNLP classes). */
public record AnnotatedDocument(String id, List<Sentence> sentences) {
  public AnnotatedDocument {
    sentences = List.copyOf(sentences);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(Sentence::size).sum();
  }
}
