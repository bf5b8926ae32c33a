package org.diplograph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.diplograph.clean.CleanArticle;

/**
 * Stanford CoreNLP behind {@link DocumentAnnotator}: tokenize, ssplit, pos, lemma, ner (with
 * fine-grained classes such as COUNTRY, NATIONALITY and TITLE, and SUTime dates resolved against
 * the document's date) and the neural dependency parser. Coreference is left out on purpose: it
 * halves throughput, and the few pronouns the relation rules need are resolved downstream.
 *
 * <p>Models load once in the constructor; documents are annotated on {@code threads} worker
 * threads (CoreNLP's annotators are thread-safe), and converted to the project's records here so
 * that no CoreNLP type leaves this class.
 */
public final class CoreNlpAnnotator implements DocumentAnnotator {
  private final StanfordCoreNLP pipeline;
  private final int threads;
  private final long loadMillis;
  private final String fingerprint;

  public CoreNlpAnnotator(int threads) {
    Properties props = settings();
    long start = System.nanoTime();
    this.pipeline = new StanfordCoreNLP(props);
    this.loadMillis = (System.nanoTime() - start) / 1_000_000;
    this.threads = Math.max(1, threads);
    this.fingerprint = fingerprintOf(props);
  }

  /** The CoreNLP settings; part of the cache fingerprint, so change them here only. */
  public static Properties settings() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    // One line is one paragraph or headline: a line break always ends a sentence.
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
    props.setProperty("ner.applyFineGrained", "true");
    props.setProperty("ner.useSUTime", "true");
    return props;
  }

  /**
   * Drops the models CoreNLP keeps loaded for this JVM (its annotator pool), so that the next
   * annotator loads them again, as a scheduled build in a new process does. For benchmarks.
   */
  public static void forgetLoadedModels() {
    StanfordCoreNLP.clearAnnotatorPool();
  }

  static String fingerprintOf(Properties props) {
    return "corenlp-" + edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage().getImplementationVersion()
        + "|" + new TreeMap<>(props);
  }

  @Override
  public String fingerprint() {
    return fingerprint;
  }

  @Override
  public long loadMillis() {
    return loadMillis;
  }

  @Override
  public void annotate(List<CleanArticle> articles, Consumer<AnnotatedDocument> done,
      BiConsumer<CleanArticle, Exception> failed) {
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
        jobs.put(finished.submit(() -> annotateOne(article)), article);
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

  private AnnotatedDocument annotateOne(CleanArticle article) {
    Annotation annotation = new Annotation(article.text());
    annotation.set(CoreAnnotations.DocIDAnnotation.class, article.id());
    article.date().ifPresent(d -> annotation.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    pipeline.annotate(annotation);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(convert(sentences.size(), sentence));
    }
    return new AnnotatedDocument(article.id(), sentences);
  }

  private static Sentence convert(int index, CoreMap sentence) {
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      tokens.add(new Token(label.index(), label.word(), label.lemma(), label.tag(),
          label.ner() == null ? "O" : label.ner(),
          label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
          label.beginPosition(), label.endPosition()));
    }
    List<Dependency> basic = edges(sentence.get(
        SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
    List<Dependency> enhanced = edges(sentence.get(
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
    int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new Sentence(index, begin, end, sentence.get(CoreAnnotations.TextAnnotation.class),
        tokens, basic, enhanced);
  }

  private static List<Dependency> edges(SemanticGraph graph) {
    List<Dependency> edges = new ArrayList<>();
    if (graph == null) {
      return edges;
    }
    for (IndexedWord root : graph.getRoots()) {
      edges.add(new Dependency(0, root.index(), "root"));
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      // Copy nodes (elided predicates) have no token of their own; skip them.
      if (edge.getGovernor().copyCount() > 0 || edge.getDependent().copyCount() > 0) {
        continue;
      }
      edges.add(new Dependency(edge.getGovernor().index(), edge.getDependent().index(),
          edge.getRelation().toString()));
    }
    edges.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor)
        .thenComparing(Dependency::relation));
    return edges;
  }
}
