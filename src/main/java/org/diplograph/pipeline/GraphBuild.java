package org.diplograph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.annotate.AnnotatedDocument;
import org.diplograph.annotate.AnnotationCache;
import org.diplograph.annotate.AnnotatorFactory;
import org.diplograph.annotate.DocumentAnnotator;
import org.diplograph.clean.ArticleCleaner;
import org.diplograph.clean.CleanArticle;
import org.diplograph.corpus.Article;
import org.diplograph.corpus.Corpus;
import org.diplograph.corpus.CorpusReader;
import org.diplograph.corpus.InputProblem;
import org.diplograph.corpus.TextChecks;
import org.diplograph.export.SortedTrigWriter;
import org.diplograph.export.SortedTurtleWriter;
import org.diplograph.extract.RelationExtractor;
import org.diplograph.graph.DocumentGraphBuilder;
import org.diplograph.graph.EntityCatalog;
import org.diplograph.graph.Vocabulary;
import org.diplograph.io.AtomicFiles;
import org.diplograph.resolve.EntityResolver;
import org.diplograph.resolve.ResolvedDocument;

/**
 * The pipeline: read the corpus, clean each article, annotate it (or take the annotation from the
 * cache), resolve its entities, extract relations, build its graph, and write the merged graph to
 * {@code output/graph.ttl}. A bad document is reported and skipped; the others go on.
 */
public final class GraphBuild {
  public static final String GRAPH_FILE = "graph.ttl";
  public static final String DATASET_FILE = "graph.trig";

  private final Knowledge knowledge;
  private final AnnotatorFactory annotators;
  private final List<GraphCheck> checks;

  public GraphBuild(Knowledge knowledge, AnnotatorFactory annotators) {
    this(knowledge, annotators, List.of());
  }

  /** A build that runs {@code checks} on the merged graph before writing anything. */
  public GraphBuild(Knowledge knowledge, AnnotatorFactory annotators, List<GraphCheck> checks) {
    this.knowledge = knowledge;
    this.annotators = annotators;
    this.checks = List.copyOf(checks);
  }

  public BuildResult run(BuildSettings settings, BuildListener listener) {
    long start = System.nanoTime();
    Corpus corpus = new CorpusReader(new TextChecks(settings.maxDocumentBytes())).read(settings.corpus());
    List<InputProblem> problems = new ArrayList<>(corpus.problems());
    corpus.problems().forEach(listener::problem);

    ArticleCleaner cleaner = new ArticleCleaner(knowledge.boilerplate());
    List<CleanArticle> articles = new ArrayList<>();
    for (Article article : corpus.articles()) {
      articles.add(cleaner.clean(article));
    }

    AnnotationCache cache = new AnnotationCache(cacheDir(settings.output()), annotators.fingerprint());
    Map<String, AnnotatedDocument> annotated = new ConcurrentHashMap<>();
    List<CleanArticle> missing = new ArrayList<>();
    AtomicInteger done = new AtomicInteger();
    for (CleanArticle article : articles) {
      var cached = cache.get(article);
      if (cached.isPresent()) {
        annotated.put(article.id(), cached.get());
        listener.annotated(done.incrementAndGet(), articles.size(), article.id());
      } else {
        missing.add(article);
      }
    }
    long loadMillis = 0;
    long annotateStart = System.nanoTime();
    if (!missing.isEmpty()) {
      listener.modelsLoading();
      DocumentAnnotator annotator = annotators.create();
      loadMillis = annotator.loadMillis();
      listener.modelsLoaded(loadMillis);
      annotateStart = System.nanoTime();
      annotator.annotate(missing, doc -> {
        annotated.put(doc.id(), doc);
        CleanArticle article = articles.stream().filter(a -> a.id().equals(doc.id())).findFirst().orElseThrow();
        cache.put(article, doc);
        listener.annotated(done.incrementAndGet(), articles.size(), doc.id());
      }, (article, error) -> {
        InputProblem problem = new InputProblem(article.article().sourcePath(), "annotation failed: " + error);
        synchronized (problems) {
          problems.add(problem);
        }
        listener.problem(problem);
      });
    }
    long annotateMillis = (System.nanoTime() - annotateStart) / 1_000_000;
    cache.prune();

    EntityCatalog catalog = new EntityCatalog(knowledge.gazetteer());
    List<DocumentExtraction> extractions = extract(articles, annotated, catalog);
    DocumentGraphBuilder builder = new DocumentGraphBuilder(catalog, settings.minConfidence());
    Map<String, Graph> documents = new TreeMap<>();
    Graph merged = GraphFactory.createDefaultGraph();
    knowledge.ontology().find().forEach(merged::add);
    long mentions = 0;
    long asserted = 0;
    int sentences = 0;
    int tokens = 0;
    for (DocumentExtraction e : extractions) {
      Graph graph = GraphFactory.createDefaultGraph();
      builder.build(e.article(), e.resolved(), e.relations(), StreamRDFLib.graph(graph));
      documents.put(e.article().id(), graph);
      graph.find().forEach(merged::add);
      mentions += e.relations().size();
      asserted += e.relations().stream().filter(r -> r.isAsserted() && r.confidence() >= settings.minConfidence()).count();
      sentences += e.resolved().sentences().size();
      tokens += e.resolved().document().tokenCount();
    }
    for (GraphCheck check : checks) {
      List<String> failures = check.check(merged);
      if (!failures.isEmpty()) {
        throw new GraphCheckException(check.name(), failures);
      }
    }
    writeGraph(settings.output().resolve(GRAPH_FILE), merged);
    writeDataset(settings.output().resolve(DATASET_FILE), namedGraphs(knowledge.ontology(), documents));
    BuildReport report = new BuildReport(articles.size(), missing.size(), articles.size() - missing.size(), 0,
        problems, sentences, tokens, merged.size(), mentions, asserted, loadMillis, annotateMillis,
        (System.nanoTime() - start) / 1_000_000);
    return new BuildResult(report, merged, documents);
  }

  /**
   * Resolves every document, settles each name's type over the whole corpus, then extracts: a
   * name that most articles tag as a place does not act in the one article that tags it a person.
   */
  private List<DocumentExtraction> extract(List<CleanArticle> articles, Map<String, AnnotatedDocument> annotated,
      EntityCatalog catalog) {
    EntityResolver resolver = new EntityResolver(knowledge.gazetteer(), knowledge.names());
    RelationExtractor extractor = new RelationExtractor(knowledge.rules(), knowledge.gazetteer(), knowledge.names());
    List<CleanArticle> present = articles.stream().filter(a -> annotated.containsKey(a.id())).toList();
    List<ResolvedDocument> resolved = present.parallelStream().map(a -> resolver.resolve(annotated.get(a.id()))).toList();
    resolved.forEach(r -> catalog.observe(r.entities()));
    List<DocumentExtraction> out = new ArrayList<>();
    List<ResolvedDocument> settled = resolved.parallelStream().map(r -> r.retype(catalog::canonical)).toList();
    List<List<org.diplograph.extract.RelationMention>> relations = settled.parallelStream().map(extractor::extract).toList();
    for (int i = 0; i < present.size(); i++) {
      out.add(new DocumentExtraction(present.get(i), settled.get(i), relations.get(i)));
    }
    return out;
  }

  static void writeGraph(Path file, Graph graph) {
    SortedTurtleWriter writer = new SortedTurtleWriter(Vocabulary.prefixes());
    AtomicFiles.write(file, out -> writer.write(graph, out));
  }

  /** The ontology and one graph per document, named by their IRIs, in IRI order. */
  public static Map<String, Graph> namedGraphs(Graph ontology, Map<String, Graph> documents) {
    Map<String, Graph> named = new TreeMap<>();
    named.put(Vocabulary.ONTOLOGY_GRAPH, ontology);
    documents.forEach((id, graph) -> named.put(Vocabulary.DOC + id, graph));
    return named;
  }

  static void writeDataset(Path file, Map<String, Graph> namedGraphs) {
    SortedTrigWriter writer = new SortedTrigWriter(Vocabulary.prefixes());
    AtomicFiles.write(file, out -> writer.write(namedGraphs, out));
  }

  public static Path cacheDir(Path output) {
    return output.resolve(".cache").resolve("annotations");
  }
}
