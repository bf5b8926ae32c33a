package org.diplograph.annotate;

import java.util.BitSet;
import java.util.List;

/**
 * Which sentences of a document need the dependency parser: those the later stages read
 * dependencies of. It sees each sentence before parsing (tokens, tags, lemmas, entity tags, no
 * dependencies) and answers with the indices (positions in the list) of the sentences to parse.
 * An answer may include more sentences than needed, never fewer: a sentence left out must give
 * the same graph parsed or not. The rules behind it are data (trigger and title tables), so
 * the selection is not part of the annotation cache's key: a later build parses the cached
 * sentences a changed table now selects ({@link AnnotationCache}, {@code AnnotationStage}).
 */
@FunctionalInterface
public interface ParseSelector {
  /** Every sentence: what CoreNLP's pipeline does, and what a user-facing CoNLL-U file needs. */
  ParseSelector ALL = new ParseSelector() {
    @Override
    public BitSet select(List<Sentence> sentences) {
      BitSet all = new BitSet();
      all.set(0, sentences.size());
      return all;
    }

    @Override
    public String fingerprint() {
      return "all";
    }
  };

  /**
   * The sentences to parse, seeing them as they are: before parsing, or (a cached document) with
   * some of them parsed.
   */
  BitSet select(List<Sentence> sentences);

  /**
   * Changes whenever the selection may change (the files and code it follows); null when unknown,
   * and then every cached document is checked on every build.
   */
  default String fingerprint() {
    return null;
  }

  /** The sentences of the document this selector picks that have no parse yet. */
  default BitSet missing(AnnotatedDocument document) {
    List<Sentence> sentences = document.sentences();
    BitSet wanted = select(sentences);
    BitSet missing = new BitSet();
    wanted.stream().filter(i -> i < sentences.size() && !sentences.get(i).parsed()).forEach(missing::set);
    return missing;
  }
}
