package org.diplograph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.diplograph.clean.CleanArticle;

/**
 * Stanford CoreNLP behind {@link DocumentAnnotator}, run as {@link AnnotatorSettings} say:
 * tokenize and ssplit, over-long sentences cut ({@link LongSentences}), pos, lemma, entity tags,
 * dates (SUTime, resolved against the document's date, in windows around calendar words,
 * {@link DateWindows}), the fine types COUNTRY, NATIONALITY and TITLE ({@link ActorTypes}) and the
 * neural dependency parser. Coreference is left out on purpose: it halves
 * throughput, and the few pronouns the relation rules need are resolved downstream.
 *
 * <p>Models load once in the constructor; documents are annotated on {@code threads} worker
 * threads (CoreNLP's annotators are thread-safe), each step timed, and converted to the project's
 * records here so that no CoreNLP type leaves this class.
 */
public final class CoreNlpAnnotator implements DocumentAnnotator {
  /** A file every configuration loads from the models jar. */
  private static final String MODELS_PROBE = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  private final AnnotatorSettings settings;
  private final List<Step> steps = new ArrayList<>();
  private final int threads;
  private final long loadMillis;
  private final Consumer<List<CoreMap>> parser;
  private final DependencyParsing ownParser;
  private final LongAdder sentences = new LongAdder();
  private final LongAdder parsedSentences = new LongAdder();

  /** One annotator of the chain and the time spent in it, summed over threads. */
  private record Step(String name, Consumer<Annotation> run, LongAdder nanos) {}

  /** CoreNLP as Diplograph's builds run it. */
  public CoreNlpAnnotator(int threads) {
    this(AnnotatorSettings.diplograph(), threads);
  }

  public CoreNlpAnnotator(AnnotatorSettings settings, int threads) {
    this.settings = settings;
    requireModels();
    long start = System.nanoTime();
    Properties props = settings.pipelineProperties();
    // The tagger, the entity tagger and the parser also share one document's sentences among the
    // threads: a document of 60,000 tokens would otherwise run alone on one core. Same output.
    props.setProperty("nthreads", Integer.toString(Math.max(1, threads)));
    for (String annotator : List.of("pos", "ner", "depparse")) {
      props.setProperty(annotator + ".nthreads", Integer.toString(Math.max(1, threads)));
    }
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    Consumer<List<CoreMap>> depparse = null;
    for (String name : pipeline.getProperties().getProperty("annotators").split(",")) {
      Annotator annotator = pipeline.pool.get(name.trim());
      if (name.equals("depparse")) {
        Annotator coreNlp = annotator; // run by annotateOne on the sentences the selector picks
        depparse = sentences -> CoreNlpSentences.parse(coreNlp, sentences);
      }
      add(name.equals("tokenize") ? "tokenize,ssplit" : name, annotator::annotate);
      if (name.equals("ner") && settings.dates() == AnnotatorSettings.Dates.CANDIDATE_WINDOWS) {
        // one thread per document: SUTime keeps state from sentence to sentence (CoreNLP issue
        // 1061), and sharing a document's windows among threads changed a weekday's date on the
        // Guardian sample
        add("dates", new DateWindows(settings.datesProperties())::annotate);
      }
      if (name.equals("ner") && settings.fineTypes() == AnnotatorSettings.FineTypes.ACTOR_TYPES) {
        add("types", ActorTypes.load()::annotate);
      }
    }
    if (settings.twoGraphs()) {
      ownParser = new DependencyParsing(threads);
      depparse = ownParser::parse;
      add("depparse", annotation -> {});
    } else {
      ownParser = null;
    }
    this.parser = depparse;
    this.loadMillis = (System.nanoTime() - start) / 1_000_000;
    this.threads = Math.max(1, threads);
  }

  /**
   * The models jar is a separate 470 MB download that an installed release finds outside itself;
   * without it CoreNLP only says "probably missing model file", so say what is missing and where.
   */
  private static void requireModels() {
    if (CoreNlpAnnotator.class.getClassLoader().getResource(MODELS_PROBE) == null) {
      String version = StanfordCoreNLP.class.getPackage().getImplementationVersion();
      throw new IllegalStateException("the Stanford CoreNLP models jar (stanford-corenlp-"
          + (version == null ? "VERSION" : version) + "-models.jar) is not on the classpath: run the release's bin/install-models, or set "
          + "DIPLOGRAPH_MODELS to the jar (see docs/release.md)");
    }
  }

  private void add(String name, Consumer<Annotation> run) {
    steps.add(new Step(name, run, new LongAdder()));
  }

  /**
   * Drops the models CoreNLP keeps loaded for this JVM (its annotator pool), so that the next
   * annotator loads them again, as a scheduled build in a new process does. For benchmarks.
   */
  public static void forgetLoadedModels() {
    StanfordCoreNLP.clearAnnotatorPool();
  }

  public AnnotatorSettings settings() {
    return settings;
  }

  @Override
  public String fingerprint() {
    return settings.fingerprint();
  }

  @Override
  public long loadMillis() {
    return loadMillis;
  }

  @Override
  public Map<String, Long> stepMillis() {
    Map<String, Long> out = new LinkedHashMap<>();
    steps.forEach(step -> out.put(step.name(), step.nanos().sum() / 1_000_000));
    return out;
  }

  @Override
  public void annotate(List<CleanArticle> articles, Consumer<AnnotatedDocument> done,
      BiConsumer<CleanArticle, Exception> failed) {
    annotate(articles, done, failed, (article, notice) -> {});
  }

  /**
   * How many sentences were annotated and how many of them parsed, so far: the parser is skipped
   * for the sentences a {@link ParseSelector} leaves out.
   */
  public long[] sentenceCounts() {
    return new long[] {sentences.sum(), parsedSentences.sum()};
  }

  /** A parser for cached sentences, using this annotator's model. */
  @Override
  public java.util.Optional<SentenceParser> parser() {
    return java.util.Optional.of(new CoreNlpParser(parser));
  }

  @Override
  public void close() {
    if (ownParser != null) {
      ownParser.close();
    }
  }

  @Override
  public void annotate(List<CleanArticle> articles, Consumer<AnnotatedDocument> done,
      BiConsumer<CleanArticle, Exception> failed, BiConsumer<CleanArticle, String> notices) {
    annotate(articles, ParseSelector.ALL, done, failed, notices);
  }

  @Override
  public void annotate(List<CleanArticle> articles, ParseSelector parse, Consumer<AnnotatedDocument> done,
      BiConsumer<CleanArticle, Exception> failed, BiConsumer<CleanArticle, String> notices) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "corenlp");
      thread.setDaemon(true);
      return thread;
    });
    try {
      // Longest first, so one long document does not run alone at the end; results are handed on
      // in the order they finish, so each is cached at once and a kill loses only work in progress.
      List<CleanArticle> order = new ArrayList<>(articles);
      order.sort(Comparator.comparingInt((CleanArticle a) -> a.text().length()).reversed());
      CompletionService<AnnotatedDocument> finished = new ExecutorCompletionService<>(pool);
      Map<Future<AnnotatedDocument>, CleanArticle> jobs = new HashMap<>();
      for (CleanArticle article : order) {
        jobs.put(finished.submit(() -> annotateOne(article, parse, notices)), article);
      }
      for (int i = 0; i < order.size(); i++) {
        Future<AnnotatedDocument> job = finished.take();
        try {
          done.accept(job.get());
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          failed.accept(jobs.get(job), cause instanceof Exception ex ? ex : new RuntimeException(cause));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("annotation interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private AnnotatedDocument annotateOne(CleanArticle article, ParseSelector parse,
      BiConsumer<CleanArticle, String> notices) {
    Annotation annotation = new Annotation(article.text());
    annotation.set(CoreAnnotations.DocIDAnnotation.class, article.id());
    article.date().ifPresent(d -> annotation.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    for (Step step : steps) {
      long start = System.nanoTime();
      if (step.name().equals("depparse")) {
        parseSelected(annotation, parse);
      } else {
        step.run().accept(annotation);
      }
      if (step.name().equals("tokenize,ssplit")) {
        for (LongSentences.Cut cut : LongSentences.cut(annotation, settings.maxSentenceTokens())) {
          notices.accept(article, String.format(java.util.Locale.ROOT,
              "a sentence of %,d tokens (from character %,d) has no sentence end within %d tokens; "
                  + "cut into %d pieces for tagging and parsing (relations across the cuts are not found)",
              cut.tokens(), cut.begin(), settings.maxSentenceTokens(), cut.pieces()));
        }
      }
      step.nanos().add(System.nanoTime() - start);
    }
    List<Sentence> out = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      out.add(CoreNlpSentences.convert(out.size(), sentence));
    }
    return new AnnotatedDocument(article.id(), out);
  }

  /** Parses the sentences the selector picks, judged on their tokens, tags, lemmas and entity tags. */
  private void parseSelected(Annotation annotation, ParseSelector parse) {
    List<CoreMap> all = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> chosen = all;
    if (parse != ParseSelector.ALL) {
      List<Sentence> unparsed = new ArrayList<>();
      for (CoreMap sentence : all) {
        unparsed.add(CoreNlpSentences.convert(unparsed.size(), sentence));
      }
      chosen = new ArrayList<>();
      for (int i : parse.select(unparsed).stream().filter(i -> i < all.size()).toArray()) {
        chosen.add(all.get(i));
      }
    }
    parser.accept(chosen);
    sentences.add(all.size());
    parsedSentences.add(chosen.size());
  }
}
