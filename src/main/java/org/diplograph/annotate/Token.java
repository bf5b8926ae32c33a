package org.diplograph.annotate;

/**
 * A token as the annotator saw it. {@code index} is 1-based within its sentence, as in CoNLL-U;
 * {@code begin}/{@code end} are character offsets into the document text. {@code normalized} is
 * CoreNLP's normalized value of a date or number entity ("2025-W08"), or null.
 */
public record Token(int index, String word, String lemma, String tag, String ner, String normalized,
    int begin, int end) {
  private static final java.util.Set<String> TIME_CLASSES = java.util.Set.of("DATE", "TIME", "DURATION", "SET");

  public boolean isNoun() {
    return tag.startsWith("NN");
  }

  public boolean isVerb() {
    return tag.startsWith("VB");
  }

  public boolean isProperNoun() {
    return tag.startsWith("NNP");
  }

  public boolean isPronoun() {
    return tag.equals("PRP") || tag.equals("PRP$");
  }

  /** Whether CoreNLP tagged the token as a date, time, duration or set of times: a day names no one. */
  public boolean isTemporal() {
    return TIME_CLASSES.contains(ner);
  }
}
