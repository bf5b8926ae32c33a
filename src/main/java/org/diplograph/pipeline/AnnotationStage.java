package org.diplograph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplograph.annotate.AnnotatedDocument;
import org.diplograph.annotate.AnnotationCache;
import org.diplograph.annotate.AnnotatorFactory;
import org.diplograph.annotate.DocumentAnnotator;
import org.diplograph.clean.CleanArticle;
import org.diplograph.corpus.InputProblem;

/**
 * The expensive stage, done only where needed: each article's annotation comes from the cache
 * when its cleaned text, date, annotator and program version are what they were; the others are
 * annotated, and each one is cached as soon as it is done, so a run killed half-way keeps its
 * work. The annotator (and its models) is created only if something is missing.
 */
final class AnnotationStage {
  private final AnnotatorFactory annotators;
  private final String programVersion;

  AnnotationStage(AnnotatorFactory annotators, String programVersion) {
    this.annotators = annotators;
    this.programVersion = programVersion;
  }

  /** What the stage produced; {@code failures} are documents the annotator could not handle. */
  record Annotations(Map<String, AnnotatedDocument> documents, int annotated, int cached, List<InputProblem> failures,
      long loadMillis, long annotateMillis, Map<String, Long> stepMillis) {}

  /** The cache key's fingerprint: a new program version re-annotates everything (the conversion may have changed). */
  static String fingerprint(String programVersion, String annotatorFingerprint) {
    return AnnotationCache.fingerprint(programVersion, annotatorFingerprint);
  }

  Annotations run(List<CleanArticle> articles, Path cacheDir, BuildListener listener) {
    AnnotationCache cache = new AnnotationCache(cacheDir, fingerprint(programVersion, annotators.fingerprint()));
    Map<String, AnnotatedDocument> annotated = new ConcurrentHashMap<>();
    Map<String, CleanArticle> missing = new ConcurrentHashMap<>();
    for (CleanArticle article : articles) {
      cache.get(article).ifPresentOrElse(doc -> annotated.put(article.id(), doc), () -> missing.put(article.id(), article));
    }
    List<InputProblem> failures = new ArrayList<>();
    long loadMillis = 0;
    Map<String, Long> stepMillis = Map.of();
    long annotateStart = System.nanoTime();
    if (!missing.isEmpty()) {
      listener.modelsLoading();
      try (DocumentAnnotator annotator = annotators.create()) {
        loadMillis = annotator.loadMillis();
        listener.modelsLoaded(loadMillis);
        annotateStart = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        List<CleanArticle> todo = articles.stream().filter(a -> missing.containsKey(a.id())).toList();
        annotator.annotate(todo, doc -> {
          annotated.put(doc.id(), doc);
          cache.put(missing.get(doc.id()), doc);
          listener.annotated(done.incrementAndGet(), todo.size(), doc.id());
        }, (article, error) -> {
          InputProblem problem = new InputProblem(article.article().sourcePath(), "annotation failed: " + error);
          synchronized (failures) {
            failures.add(problem);
          }
          listener.problem(problem);
        }, (article, notice) -> listener.warning(article.article().sourcePath() + ": " + notice));
        stepMillis = annotator.stepMillis();
      }
    }
    long annotateMillis = missing.isEmpty() ? 0 : (System.nanoTime() - annotateStart) / 1_000_000;
    cache.prune();
    int annotatedCount = missing.size() - failures.size();
    return new Annotations(annotated, annotatedCount, articles.size() - missing.size(), failures, loadMillis,
        annotateMillis, stepMillis);
  }
}
