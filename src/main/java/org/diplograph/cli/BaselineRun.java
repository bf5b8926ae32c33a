package org.diplograph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.diplograph.annotate.AnnotatorSettings;
import org.diplograph.annotate.CoreNlpAnnotator;
import org.diplograph.clean.ArticleCleaner;
import org.diplograph.clean.CleanArticle;
import org.diplograph.corpus.CorpusReader;
import org.diplograph.corpus.TextChecks;
import org.diplograph.pipeline.Knowledge;

/**
 * The benchmark's baseline: CoreNLP's default pipeline ({@link AnnotatorSettings#coreNlpDefault()})
 * over the documents a build reads, cleaned as a build cleans them, on the same threads. Only
 * annotation is timed: nothing is resolved, extracted or written, so the comparison flatters the
 * baseline.
 */
record BaselineRun(int documents, long tokens, int failed, long loadMillis, long annotateMillis,
    Map<String, Long> stepMillis) {

  static BaselineRun run(Knowledge knowledge, Path corpus, long maxDocumentBytes, int threads) {
    List<CleanArticle> articles = articles(knowledge, corpus, maxDocumentBytes);
    CoreNlpAnnotator.forgetLoadedModels(); // the baseline loads its own models, as a process of its own would
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(AnnotatorSettings.coreNlpDefault(), threads);
    AtomicLong tokens = new AtomicLong();
    AtomicInteger failed = new AtomicInteger();
    long start = System.nanoTime();
    annotator.annotate(articles, doc -> tokens.addAndGet(doc.tokenCount()), (article, error) -> failed.incrementAndGet());
    long annotateMillis = (System.nanoTime() - start) / 1_000_000;
    Map<String, Long> steps = annotator.stepMillis();
    CoreNlpAnnotator.forgetLoadedModels();
    return new BaselineRun(articles.size(), tokens.get(), failed.get(), annotator.loadMillis(), annotateMillis, steps);
  }

  /**
   * Annotates the first {@code count} documents (by id) with the build's configuration and with the
   * baseline's, and forgets the results: the JVM compiles CoreNLP's hot code (tagger, parser) during
   * the first documents it annotates, and whichever configuration ran first would pay for it.
   */
  static int warmUp(Knowledge knowledge, Path corpus, long maxDocumentBytes, int threads, int count) {
    List<CleanArticle> sample = articles(knowledge, corpus, maxDocumentBytes).stream()
        .sorted(java.util.Comparator.comparing(CleanArticle::id)).limit(count).toList();
    for (AnnotatorSettings settings : List.of(AnnotatorSettings.diplograph(), AnnotatorSettings.coreNlpDefault())) {
      CoreNlpAnnotator.forgetLoadedModels();
      new CoreNlpAnnotator(settings, threads).annotate(sample, doc -> {}, (article, error) -> {});
    }
    CoreNlpAnnotator.forgetLoadedModels();
    return sample.size();
  }

  private static List<CleanArticle> articles(Knowledge knowledge, Path corpus, long maxDocumentBytes) {
    ArticleCleaner cleaner = new ArticleCleaner(knowledge.boilerplate());
    return new CorpusReader(new TextChecks(maxDocumentBytes)).read(corpus).articles().stream()
        .map(cleaner::clean).toList();
  }
}
