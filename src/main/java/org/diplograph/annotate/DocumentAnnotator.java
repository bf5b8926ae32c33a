package org.diplograph.annotate;

import java.util.List;
import java.util.function.Consumer;
import org.diplograph.clean.CleanArticle;

/**
 * Turns cleaned articles into sentences, tokens, entities and dependencies. Implementations are
 * expensive to create (models) and safe to call from one thread at a time.
 */
public interface DocumentAnnotator extends AutoCloseable {
  /**
   * Annotates the articles, calling {@code done} for each as soon as it is finished (in any order).
   * A document that fails is reported through {@code failed} and does not stop the others.
   */
  void annotate(List<CleanArticle> articles, Consumer<AnnotatedDocument> done,
      java.util.function.BiConsumer<CleanArticle, Exception> failed);

  /**
   * The same, and {@code notices} hears what an operator should know about a document that was
   * annotated all the same (a sentence cut because it was far too long).
   */
  default void annotate(List<CleanArticle> articles, Consumer<AnnotatedDocument> done,
      java.util.function.BiConsumer<CleanArticle, Exception> failed,
      java.util.function.BiConsumer<CleanArticle, String> notices) {
    annotate(articles, done, failed);
  }

  /**
   * The same, parsing only the sentences {@code parse} selects (the others come without
   * dependencies, {@link Sentence#parsed()} false). An annotator that cannot skip the parser parses
   * every sentence, which is always correct.
   */
  default void annotate(List<CleanArticle> articles, ParseSelector parse, Consumer<AnnotatedDocument> done,
      java.util.function.BiConsumer<CleanArticle, Exception> failed,
      java.util.function.BiConsumer<CleanArticle, String> notices) {
    annotate(articles, done, failed, notices);
  }

  /**
   * A parser for cached sentences that shares this annotator's model; empty if it has none of its
   * own ({@link AnnotatorFactory#createParser}).
   */
  default java.util.Optional<SentenceParser> parser() {
    return java.util.Optional.empty();
  }

  /** Time spent in each step so far, by step name in pipeline order, summed over threads; empty if not measured. */
  default java.util.Map<String, Long> stepMillis() {
    return java.util.Map.of();
  }

  /** A fingerprint of models and settings: annotations made under another one are stale. */
  String fingerprint();

  /** Milliseconds spent loading models. */
  long loadMillis();

  @Override
  default void close() {}
}
