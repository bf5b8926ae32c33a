package org.diplograph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplograph.annotate.AnnotatedDocument;
import org.diplograph.annotate.AnnotationCache;
import org.diplograph.annotate.AnnotatorFactory;
import org.diplograph.annotate.DocumentAnnotator;
import org.diplograph.annotate.ParseSelector;
import org.diplograph.annotate.SentenceParser;
import org.diplograph.clean.CleanArticle;
import org.diplograph.corpus.InputProblem;

/**
 * The expensive stage, done only where needed: each article's annotation comes from the cache
 * when its cleaned text, date, annotator and program version are what they were; the others are
 * annotated, and each one is cached as soon as it is done, so a run killed half-way keeps its
 * work. The annotator (and its models) is created only if something is missing.
 *
 * <p>Only the sentences the {@link ParseSelector} picks are parsed. Which ones it picks follows
 * the pattern files, which are not part of the cache's key: a cached document whose sentences the
 * selector now picks but that were not parsed is completed by the parser alone (the cache entry
 * is rewritten), not annotated again. Sentences parsed before and no longer picked keep their
 * parse, which changes nothing.
 */
final class AnnotationStage {
  private final AnnotatorFactory annotators;
  private final String programVersion;
  private final ParseSelector parse;

  AnnotationStage(AnnotatorFactory annotators, String programVersion, ParseSelector parse) {
    this.annotators = annotators;
    this.programVersion = programVersion;
    this.parse = parse;
  }

  /** What the stage produced; {@code failures} are documents the annotator could not handle. */
  record Annotations(Map<String, AnnotatedDocument> documents, int annotated, int cached, List<InputProblem> failures,
      long loadMillis, long annotateMillis, Map<String, Long> stepMillis, ParseCounts parsing) {}

  /** The cache key's fingerprint: a new program version re-annotates everything (the conversion may have changed). */
  static String fingerprint(String programVersion, String annotatorFingerprint) {
    return AnnotationCache.fingerprint(programVersion, annotatorFingerprint);
  }

  Annotations run(List<CleanArticle> articles, Path cacheDir, BuildListener listener) {
    AnnotationCache cache = new AnnotationCache(cacheDir, fingerprint(programVersion, annotators.fingerprint()));
    Map<String, AnnotatedDocument> annotated = new ConcurrentHashMap<>();
    Map<String, CleanArticle> missing = new ConcurrentHashMap<>();
    Map<String, BitSet> unparsed = new LinkedHashMap<>();
    for (CleanArticle article : articles) {
      cache.get(article).ifPresentOrElse(entry -> {
        AnnotatedDocument doc = entry.document();
        annotated.put(article.id(), doc);
        if (parse.fingerprint() != null && parse.fingerprint().equals(entry.selection())) {
          return; // checked under these rules before
        }
        BitSet need = parse.missing(doc);
        if (need.isEmpty()) {
          cache.put(article, doc, parse.fingerprint()); // nothing to parse: no need to check again
        } else {
          unparsed.put(article.id(), need);
        }
      }, () -> missing.put(article.id(), article));
    }
    List<InputProblem> failures = new ArrayList<>();
    long loadMillis = 0;
    Map<String, Long> stepMillis = new LinkedHashMap<>();
    int sentences = 0;
    int parsed = 0;
    long tokens = 0;
    long parsedTokens = 0;
    int lateSentences = 0;
    int failedAnnotations = 0;
    long annotateStart = System.nanoTime();
    if (!missing.isEmpty() || !unparsed.isEmpty()) {
      listener.modelsLoading();
      DocumentAnnotator annotator = null;
      SentenceParser late = null;
      try {
        if (!missing.isEmpty()) {
          annotator = annotators.create();
        }
        if (!unparsed.isEmpty()) {
          Optional<SentenceParser> parser = annotator == null ? annotators.createParser()
              : annotator.parser().or(annotators::createParser);
          if (parser.isPresent()) {
            late = parser.get();
          } else {
            // an annotator that cannot parse alone annotates those documents again
            articles.stream().filter(a -> unparsed.containsKey(a.id())).forEach(a -> {
              missing.put(a.id(), a);
              annotated.remove(a.id());
            });
            unparsed.clear();
            annotator = annotator == null ? annotators.create() : annotator;
          }
        }
        loadMillis = (late == null ? 0 : late.loadMillis()) + (annotator == null ? 0 : annotator.loadMillis());
        listener.modelsLoaded(loadMillis);
        annotateStart = System.nanoTime();
        if (annotator != null) {
          annotate(annotator, articles, missing, annotated, cache, failures, listener);
          stepMillis.putAll(annotator.stepMillis());
          failedAnnotations = failures.size();
        }
        for (AnnotatedDocument doc : annotated.values()) {
          if (missing.containsKey(doc.id())) {
            sentences += doc.sentences().size();
            parsed += parsedCount(doc);
            tokens += doc.tokenCount();
            parsedTokens += doc.sentences().stream().filter(org.diplograph.annotate.Sentence::parsed)
                .mapToInt(org.diplograph.annotate.Sentence::size).sum();
          }
        }
        if (late != null) {
          lateSentences = parseLate(late, articles, unparsed, annotated, cache, failures, listener);
          stepMillis.merge("depparse (cached sentences)", late.parseMillis(), Long::sum);
        }
      } finally {
        if (late != null) {
          late.close();
        }
        if (annotator != null) {
          annotator.close();
        }
      }
    }
    long annotateMillis = missing.isEmpty() && unparsed.isEmpty() ? 0 : (System.nanoTime() - annotateStart) / 1_000_000;
    cache.prune();
    int annotatedCount = missing.size() - failedAnnotations;
    return new Annotations(annotated, annotatedCount, articles.size() - missing.size(), failures, loadMillis,
        annotateMillis, stepMillis, new ParseCounts(sentences, parsed, tokens, parsedTokens,
        unparsed.size(), lateSentences));
  }

  /** Parses the cached sentences the selector now picks; returns how many. */
  private int parseLate(SentenceParser late, List<CleanArticle> articles, Map<String, BitSet> unparsed,
      Map<String, AnnotatedDocument> annotated, AnnotationCache cache, List<InputProblem> failures,
      BuildListener listener) {
    int count = 0;
    for (CleanArticle article : articles) {
      BitSet need = unparsed.get(article.id());
      if (need == null) {
        continue;
      }
      try {
        AnnotatedDocument done = late.parse(annotated.get(article.id()), need);
        annotated.put(article.id(), done);
        cache.put(article, done, parse.fingerprint());
        count += need.cardinality();
      } catch (RuntimeException e) {
        annotated.remove(article.id());
        InputProblem problem = new InputProblem(article.article().sourcePath(), "parsing failed: " + e);
        failures.add(problem);
        listener.problem(problem);
      }
    }
    return count;
  }

  private static int parsedCount(AnnotatedDocument doc) {
    return (int) doc.sentences().stream().filter(org.diplograph.annotate.Sentence::parsed).count();
  }

  private void annotate(DocumentAnnotator annotator, List<CleanArticle> articles, Map<String, CleanArticle> missing,
      Map<String, AnnotatedDocument> annotated, AnnotationCache cache, List<InputProblem> failures,
      BuildListener listener) {
    AtomicInteger done = new AtomicInteger();
    List<CleanArticle> todo = articles.stream().filter(a -> missing.containsKey(a.id())).toList();
    annotator.annotate(todo, parse, doc -> {
      annotated.put(doc.id(), doc);
      cache.put(missing.get(doc.id()), doc, parse.fingerprint());
      listener.annotated(done.incrementAndGet(), todo.size(), doc.id());
    }, (article, error) -> {
      InputProblem problem = new InputProblem(article.article().sourcePath(), "annotation failed: " + error);
      synchronized (failures) {
        failures.add(problem);
      }
      listener.problem(problem);
    }, (article, notice) -> listener.warning(article.article().sourcePath() + ": " + notice));
  }
}
