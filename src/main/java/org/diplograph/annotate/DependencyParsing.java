package org.diplograph.annotate;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * CoreNLP's neural dependency parser with only the two graphs the pipeline reads: the basic tree
 * and the enhanced++ graph. CoreNLP's {@code depparse} annotator builds five graphs from each parse
 * (also collapsed, CC-processed and enhanced); measured, building them took about as long as the
 * parse itself. The parse and the two graphs are the ones the annotator makes (same model, same
 * conversion from the same parse; {@code ParserIT} compares them).
 */
final class DependencyParsing implements AutoCloseable {
  private final DependencyParser parser;
  private final ExecutorService pool;

  /** Loads the default English UD model; sentences of one call are shared among {@code threads}. */
  DependencyParsing(int threads) {
    this.parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "depparse");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Parses each sentence and sets its basic and enhanced++ dependencies. */
  void parse(List<CoreMap> sentences) {
    if (pool == null || sentences.size() < 2) {
      sentences.forEach(this::parseOne);
      return;
    }
    List<Future<?>> jobs = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      jobs.add(pool.submit(() -> parseOne(sentence)));
    }
    try {
      for (Future<?> job : jobs) {
        job.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("parsing interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  private void parseOne(CoreMap sentence) {
    GrammaticalStructure parse = parser.predict(sentence);
    SemanticGraph basic = SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.BASIC,
        GrammaticalStructure.Extras.NONE, null);
    SemanticGraph enhanced = SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
        GrammaticalStructure.Extras.NONE, null);
    sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
    sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, enhanced);
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
