package org.diplograph.annotate;

import edu.stanford.nlp.ling.CoreLabel;

/** A cached token as CoreNLP's own label: for the parser and for Semgrex over cached sentences. */
public final class CoreLabels {
  private CoreLabels() {}

  /** The token's word, tag, lemma, entity tag, index and offsets, in sentence {@code sentenceIndex}. */
  public static CoreLabel of(Token t, int sentenceIndex) {
    CoreLabel label = new CoreLabel();
    label.setWord(t.word());
    label.setValue(t.word());
    label.setOriginalText(t.word());
    label.setLemma(t.lemma());
    label.setTag(t.tag());
    label.setNER(t.ner());
    label.setIndex(t.index());
    label.setSentIndex(sentenceIndex);
    label.setBeginPosition(t.begin());
    label.setEndPosition(t.end());
    return label;
  }
}
