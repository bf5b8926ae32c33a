package org.diplograph.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.diplograph.annotate.AnnotatorFactory;
import org.diplograph.annotate.AnnotatorSettings;
import org.diplograph.annotate.DocumentAnnotator;
import org.diplograph.clean.ArticleCleaner;
import org.diplograph.events.EventGraph;
import org.diplograph.extract.RelationExtractor;
import org.diplograph.pipeline.Knowledge;
import org.diplograph.resolve.EntityResolver;

/**
 * What every task of one executor JVM shares: the knowledge (loaded once from the broadcast
 * ontology folder) and the CoreNLP annotator (models loaded once, on the first task that has a
 * document to annotate). Tasks run on several threads of one executor at once and call the same
 * annotator: its steps are CoreNLP's thread-safe annotators, which the single-machine build also
 * runs on several threads at once.
 *
 * <p>This is the one static mutable state of the project, and it has to be: Spark creates the
 * tasks, and only a JVM-wide holder lets them share models that take 10-20 s and 3 GB to load.
 */
final class ExecutorContext {
  private static final Map<String, ExecutorContext> LOADED = new ConcurrentHashMap<>();
  /** The corpus's entity catalogs this JVM built, by broadcast; the last few only (one run needs two). */
  private static final Map<String, org.diplograph.graph.EntityCatalog> CATALOGS = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, org.diplograph.graph.EntityCatalog> eldest) {
          return size() > 4;
        }
      });

  final Knowledge knowledge;
  final ArticleCleaner cleaner;
  final EntityResolver resolver;
  final RelationExtractor extractor;
  final EventGraph events;
  private final int threadsPerTask;
  private volatile DocumentAnnotator annotator;

  private ExecutorContext(OntologyBundle ontology, int threadsPerTask) {
    this.knowledge = Knowledge.load(ontology.materialize());
    this.cleaner = new ArticleCleaner(knowledge.boilerplate());
    this.resolver = new EntityResolver(knowledge.gazetteer(), knowledge.names());
    this.extractor = new RelationExtractor(knowledge.rules(), knowledge.gazetteer(), knowledge.names());
    this.events = new EventGraph(knowledge.merging(), EventGraph.mutualTypes(knowledge.ontology()));
    this.threadsPerTask = threadsPerTask;
  }

  /** The context of this JVM for this ontology, loaded on first use. */
  static ExecutorContext get(OntologyBundle ontology, int threadsPerTask) {
    return LOADED.computeIfAbsent(ontology.key() + "/" + threadsPerTask, k -> new ExecutorContext(ontology, threadsPerTask));
  }

  /** The entity catalog of these observations, built once per JVM (the tasks share it: it is synchronised). */
  org.diplograph.graph.EntityCatalog catalog(CatalogObservations observations) {
    synchronized (CATALOGS) {
      return CATALOGS.computeIfAbsent(observations.key(), k -> observations.catalog(knowledge.gazetteer()));
    }
  }

  /** The annotator settings builds run with (known without loading any model). */
  static AnnotatorSettings annotatorSettings() {
    return AnnotatorSettings.diplograph();
  }

  DocumentAnnotator annotator() {
    DocumentAnnotator a = annotator;
    if (a == null) {
      synchronized (this) {
        if (annotator == null) {
          annotator = AnnotatorFactory.coreNlp(annotatorSettings(), threadsPerTask).create();
        }
        a = annotator;
      }
    }
    return a;
  }

  /** Milliseconds this JVM spent loading the models (0 if it did not need them). */
  long modelLoadMillis() {
    DocumentAnnotator a = annotator;
    return a == null ? 0 : a.loadMillis();
  }

  /** The contexts this JVM loaded, for the bench's report of model load time in local mode. */
  static long totalModelLoadMillis() {
    return LOADED.values().stream().mapToLong(ExecutorContext::modelLoadMillis).sum();
  }
}
