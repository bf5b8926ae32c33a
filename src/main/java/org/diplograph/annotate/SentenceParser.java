package org.diplograph.annotate;

import java.util.BitSet;
import java.util.Map;

/**
 * Parses sentences of documents annotated earlier without a parse for them: a cached annotation
 * whose sentences a changed pattern file now selects ({@link ParseSelector}). The parse is the one
 * the whole pipeline would have made: the dependency parser reads only a sentence's own words
 * and tags.
 */
public interface SentenceParser extends AutoCloseable {
  /** The document with the given sentences (indices into its list) parsed; the others as they were. */
  AnnotatedDocument parse(AnnotatedDocument document, BitSet sentences);

  /** Milliseconds spent loading the parser's model. */
  long loadMillis();

  /** Time spent parsing so far. */
  long parseMillis();

  @Override
  default void close() {}
}
