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

  /** A fingerprint of models and settings: annotations made under another one are stale. */
  String fingerprint();

  /** Milliseconds spent loading models. */
  long loadMillis();

  @Override
  default void close() {}
}
