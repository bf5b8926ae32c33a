package org.diplograph.annotate;

/**
 * A token as the annotator saw it. {@code index} is 1-based within its sentence, as in CoNLL-U;
 * {@code begin}/{@code end} are character offsets into the document text. {@code normalized} is
 * CoreNLP's normalized value of a date or number entity ("2025-W08"), or null.
 */
public record Token(int index, String word, String lemma, String tag, String ner, String normalized,
    int begin, int end) {

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
}
