package org.diplograph.annotate;

/**
 * Creates the annotator on demand, so a build whose documents are all cached never loads models;
 * the fingerprint is known without creating it.
 */
public interface AnnotatorFactory {
  String fingerprint();

  DocumentAnnotator create();

  /**
   * A parser for cached sentences that were annotated without a parse and are now selected
   * ({@link ParseSelector}); empty when this annotator cannot parse on its own, and then such a
   * document is annotated again from its text.
   */
  default java.util.Optional<SentenceParser> createParser() {
    return java.util.Optional.empty();
  }

  /** CoreNLP as builds run it, with the given number of worker threads. */
  static AnnotatorFactory coreNlp(int threads) {
    return coreNlp(AnnotatorSettings.diplograph(), threads);
  }

  /** CoreNLP with the given settings and number of worker threads. */
  static AnnotatorFactory coreNlp(AnnotatorSettings settings, int threads) {
    return new AnnotatorFactory() {
      @Override
      public String fingerprint() {
        return settings.fingerprint();
      }

      @Override
      public DocumentAnnotator create() {
        return new CoreNlpAnnotator(settings, threads);
      }

      @Override
      public java.util.Optional<SentenceParser> createParser() {
        return java.util.Optional.of(new CoreNlpParser(settings, threads));
      }
    };
  }

  /** An annotator created elsewhere (tests share one across builds); never closed by a build. */
  static AnnotatorFactory shared(DocumentAnnotator annotator) {
    return new AnnotatorFactory() {
      @Override
      public String fingerprint() {
        return annotator.fingerprint();
      }

      @Override
      public java.util.Optional<SentenceParser> createParser() {
        return annotator.parser();
      }

      @Override
      public DocumentAnnotator create() {
        return new DocumentAnnotator() {
          @Override
          public void annotate(java.util.List<org.diplograph.clean.CleanArticle> articles,
              java.util.function.Consumer<AnnotatedDocument> done,
              java.util.function.BiConsumer<org.diplograph.clean.CleanArticle, Exception> failed) {
            annotator.annotate(articles, done, failed);
          }

          @Override
          public void annotate(java.util.List<org.diplograph.clean.CleanArticle> articles,
              java.util.function.Consumer<AnnotatedDocument> done,
              java.util.function.BiConsumer<org.diplograph.clean.CleanArticle, Exception> failed,
              java.util.function.BiConsumer<org.diplograph.clean.CleanArticle, String> notices) {
            annotator.annotate(articles, done, failed, notices);
          }

          @Override
          public void annotate(java.util.List<org.diplograph.clean.CleanArticle> articles, ParseSelector parse,
              java.util.function.Consumer<AnnotatedDocument> done,
              java.util.function.BiConsumer<org.diplograph.clean.CleanArticle, Exception> failed,
              java.util.function.BiConsumer<org.diplograph.clean.CleanArticle, String> notices) {
            annotator.annotate(articles, parse, done, failed, notices);
          }

          @Override
          public String fingerprint() {
            return annotator.fingerprint();
          }

          @Override
          public long loadMillis() {
            return 0;
          }
        };
      }
    };
  }
}
