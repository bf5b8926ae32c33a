package org.diplograph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.diplograph.ProgramVersion;
import org.diplograph.annotate.AnnotatedDocument;
import org.diplograph.annotate.AnnotatorFactory;
import org.diplograph.clean.ArticleCleaner;
import org.diplograph.clean.CleanArticle;
import org.diplograph.corpus.Article;
import org.diplograph.corpus.Corpus;
import org.diplograph.corpus.CorpusReader;
import org.diplograph.corpus.DocumentIds;
import org.diplograph.corpus.InputProblem;
import org.diplograph.corpus.TextChecks;
import org.diplograph.export.SortedTrigWriter;
import org.diplograph.export.SortedTurtleWriter;
import org.diplograph.extract.RelationExtractor;
import org.diplograph.graph.EntityCatalog;
import org.diplograph.graph.Vocabulary;
import org.diplograph.io.FolderLock;
import org.diplograph.io.StagedFiles;
import org.diplograph.pipeline.AnnotationStage.Annotations;
import org.diplograph.pipeline.BuildManifest.DocumentEntry;
import org.diplograph.pipeline.BuildManifest.GraphEntry;
import org.diplograph.resolve.EntityResolver;
import org.diplograph.resolve.ResolvedDocument;

/**
 * The pipeline: read the corpus, clean each article, annotate it (or take the annotation from the
 * cache), resolve its entities, extract relations, build its graph, and write the merged graph to
 * {@code output/graph.ttl}, the named graphs to {@code graph.trig} and the {@link BuildManifest}.
 *
 * <p>Safe to run on a schedule: the output folder is locked for the whole run; the three files
 * are replaced as a set ({@link StagedFiles}), so a run killed at any moment leaves the previous
 * complete output, and the next run finishes the job; only new or changed text is annotated;
 * extraction and graph building are cheap and always redone for every document, so the result is
 * exactly that of a build from scratch. A bad document is reported and skipped; the others go on.
 */
public final class GraphBuild {
  public static final String GRAPH_FILE = "graph.ttl";
  public static final String DATASET_FILE = "graph.trig";

  private final Knowledge knowledge;
  private final AnnotatorFactory annotators;
  private final List<GraphCheck> checks;
  private final List<BuildPublisher> publishers;
  private final String programVersion;

  public GraphBuild(Knowledge knowledge, AnnotatorFactory annotators) {
    this(knowledge, annotators, List.of());
  }

  /** A build that runs {@code checks} on the merged graph before writing anything. */
  public GraphBuild(Knowledge knowledge, AnnotatorFactory annotators, List<GraphCheck> checks) {
    this(knowledge, annotators, checks, List.of());
  }

  /** ... and hands the named graphs to {@code publishers} once the files are in place. */
  public GraphBuild(Knowledge knowledge, AnnotatorFactory annotators, List<GraphCheck> checks,
      List<BuildPublisher> publishers) {
    this(knowledge, annotators, checks, publishers, ProgramVersion.get());
  }

  /** For tests that play another program version. */
  GraphBuild(Knowledge knowledge, AnnotatorFactory annotators, List<GraphCheck> checks,
      List<BuildPublisher> publishers, String programVersion) {
    this.knowledge = knowledge;
    this.annotators = annotators;
    this.checks = List.copyOf(checks);
    this.publishers = List.copyOf(publishers);
    this.programVersion = programVersion;
  }

  /**
   * Builds, holding the output folder's lock; throws {@link org.diplograph.io.FolderLockedException}
   * when another build holds it for longer than {@code settings.lockWait()}.
   */
  @SuppressWarnings("try") // the lock is held for the whole block, not used in it
  public BuildResult run(BuildSettings settings, BuildListener listener) {
    try (FolderLock lock = FolderLock.acquire(settings.output(), settings.lockWait())) {
      return runLocked(settings, listener);
    }
  }

  private BuildResult runLocked(BuildSettings settings, BuildListener listener) {
    long start = System.nanoTime();
    Path output = settings.output();
    listener.phase(BuildPhase.RECOVERING);
    List<String> recovered = StagedFiles.recover(output);
    if (!recovered.isEmpty()) {
      listener.info("finished the update an interrupted build left half done: " + String.join(", ", recovered));
    }
    BuildManifest previous = previousManifest(output, listener).orElse(null);
    explain(previous, settings, listener);

    listener.phase(BuildPhase.READING);
    StageTimes.Clock clock = new StageTimes.Clock();
    List<InputProblem> problems = new ArrayList<>();
    List<CleanArticle> articles = read(settings, problems, listener, clock);

    listener.phase(BuildPhase.ANNOTATING);
    Annotations annotations = new AnnotationStage(annotators, programVersion,
        ParseSelection.of(knowledge, settings.parseAll())).run(articles, cacheDir(output), listener);
    problems.addAll(annotations.failures());
    clock.lap("annotate");

    listener.phase(BuildPhase.EXTRACTING);
    List<DocumentExtraction> extractions = extract(articles, annotations.documents(), problems, listener, clock);
    GraphAssembly graphs = GraphAssembly.of(knowledge, extractions, settings.minConfidence());
    clock.lap("graph");
    check(graphs.merged());
    clock.lap("validate");
    Map<String, Graph> named = namedGraphs(knowledge.ontology(), graphs.events(), graphs.documents());
    BuildManifest manifest = manifest(extractions, graphs, settings);
    DocumentChanges changes = DocumentChanges.between(previous, manifest,
        problems.stream().map(InputProblem::sourcePath).toList(), failedIds(problems));
    clock.lap("graph");

    listener.phase(BuildPhase.WRITING);
    write(output, graphs.merged(), named, manifest);
    clock.lap("write");

    listener.phase(BuildPhase.PUBLISHING);
    List<PublishReport> published = publishers.stream()
        .map(p -> p.publish(named, manifest.graphHashes(), listener))
        .toList();
    if (!publishers.isEmpty()) {
      clock.lap("publish");
    }
    BuildReport report = new BuildReport(articles.size(), annotations.annotated(), annotations.cached(), changes,
        problems, graphs.sentences(), graphs.tokens(), graphs.merged().size(), graphs.mentions(), graphs.asserted(),
        annotations.loadMillis(), annotations.annotateMillis(), (System.nanoTime() - start) / 1_000_000,
        clock.times(annotations.stepMillis()), annotations.parsing(), published);
    return new BuildResult(report, graphs.merged(), graphs.events(), graphs.documents());
  }

  /** The corpus's usable articles, cleaned; the files that are not usable go to {@code problems}. */
  private List<CleanArticle> read(BuildSettings settings, List<InputProblem> problems, BuildListener listener,
      StageTimes.Clock clock) {
    Corpus corpus = new CorpusReader(new TextChecks(settings.maxDocumentBytes())).read(settings.corpus());
    problems.addAll(corpus.problems());
    corpus.problems().forEach(listener::problem);
    clock.lap("read");
    ArticleCleaner cleaner = new ArticleCleaner(knowledge.boilerplate());
    List<CleanArticle> clean = corpus.articles().stream().map(cleaner::clean).toList();
    clock.lap("clean");
    return clean;
  }

  /** Runs the checks before anything is written: a failing graph leaves the previous output. */
  private void check(Graph merged) {
    for (GraphCheck check : checks) {
      List<String> failures = check.check(merged);
      if (!failures.isEmpty()) {
        throw new GraphCheckException(check.name(), failures);
      }
    }
  }

  /** The last complete build's manifest; a damaged one only costs the change report, never the build. */
  private static Optional<BuildManifest> previousManifest(Path output, BuildListener listener) {
    try {
      return BuildManifest.read(output);
    } catch (RuntimeException e) {
      listener.warning("ignoring the previous build's manifest (" + e.getMessage() + "); every document counts as new");
      return Optional.empty();
    }
  }

  /**
   * Resolves every annotated article, settles each name's type over the whole corpus, then
   * extracts: a name that most articles tag as a place does not act in the one article that tags it
   * a person. An article whose resolution or extraction throws is reported and skipped.
   */
  private List<DocumentExtraction> extract(List<CleanArticle> articles, Map<String, AnnotatedDocument> annotated,
      List<InputProblem> problems, BuildListener listener, StageTimes.Clock clock) {
    EntityResolver resolver = new EntityResolver(knowledge.gazetteer(), knowledge.names());
    RelationExtractor extractor = new RelationExtractor(knowledge.rules(), knowledge.gazetteer(), knowledge.names());
    List<InputProblem> failures = Collections.synchronizedList(new ArrayList<>());
    Map<String, ResolvedDocument> resolved = new java.util.concurrent.ConcurrentHashMap<>();
    articles.parallelStream().filter(a -> annotated.containsKey(a.id())).forEach(a -> guarded(a, failures,
        () -> resolved.put(a.id(), resolver.resolve(annotated.get(a.id()), a.date().orElse(null)))));
    EntityCatalog catalog = new EntityCatalog(knowledge.gazetteer());
    // in document id order, not the threads' or the hash map's: a name's description is then the
    // same whichever machine (or Spark partition) resolved which document first
    new TreeMap<>(resolved).values().forEach(r -> catalog.observe(r.entities()));
    clock.lap("resolve");
    List<DocumentExtraction> extractions = articles.parallelStream()
        .filter(a -> resolved.containsKey(a.id()))
        .map(a -> {
          ResolvedDocument settled = resolved.get(a.id()).retype(catalog::canonical);
          List<DocumentExtraction> one = new ArrayList<>(1);
          guarded(a, failures, () -> one.add(new DocumentExtraction(a, settled, extractor.extract(settled))));
          return one;
        })
        .flatMap(List::stream)
        .toList();
    List<InputProblem> sorted = failures.stream().sorted(java.util.Comparator.comparing(InputProblem::sourcePath)).toList();
    sorted.forEach(listener::problem); // in file order, whatever order the threads finished in
    problems.addAll(sorted);
    clock.lap("extract");
    return extractions;
  }

  private static void guarded(CleanArticle article, List<InputProblem> failures, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException e) {
      failures.add(new InputProblem(article.article().sourcePath(), "extraction failed: " + e));
    }
  }

  private BuildManifest manifest(List<DocumentExtraction> extractions, GraphAssembly graphs, BuildSettings settings) {
    Map<String, DocumentEntry> documents = new TreeMap<>();
    for (DocumentExtraction e : extractions) {
      Article article = e.article().article();
      Graph graph = graphs.documents().get(article.id());
      documents.put(article.id(), new DocumentEntry(article.id(), article.sourcePath(), article.sha256(),
          new GraphEntry(GraphHash.of(graph), graph.size())));
    }
    GraphEntry ontology = new GraphEntry(GraphHash.of(knowledge.ontology()), knowledge.ontology().size());
    GraphEntry events = new GraphEntry(GraphHash.of(graphs.events()), graphs.events().size());
    return new BuildManifest(programVersion, knowledge.fingerprint(), annotationFingerprint(), settings.minConfidence(),
        ontology, events, documents);
  }

  private String annotationFingerprint() {
    return AnnotationStage.fingerprint(programVersion, annotators.fingerprint());
  }

  /** Says why many documents may be annotated again, or many graphs change at once. */
  private void explain(BuildManifest previous, BuildSettings settings, BuildListener listener) {
    if (previous == null) {
      return;
    }
    if (!programVersion.equals(previous.program())) {
      listener.info("Diplograph " + previous.program() + " built the previous graph, " + programVersion
          + " builds this one: every document is annotated again");
    } else if (!annotationFingerprint().equals(previous.annotator())) {
      listener.info("the annotator's models or settings changed: every document is annotated again");
    }
    if (!knowledge.fingerprint().equals(previous.knowledge())) {
      listener.info("the ontology folder (ontology, gazetteer, patterns or cleaning rules) changed since the last build");
    }
    if (settings.minConfidence() != previous.minConfidence()) {
      listener.info("the minimum confidence changed from " + previous.minConfidence() + " to " + settings.minConfidence());
    }
  }

  private static Set<String> failedIds(List<InputProblem> problems) {
    return problems.stream().map(p -> DocumentIds.fromRelativePath(p.sourcePath())).collect(Collectors.toSet());
  }

  /** The three files as one set: a reader or the next build never sees a graph without its manifest. */
  private static void write(Path output, Graph merged, Map<String, Graph> named, BuildManifest manifest) {
    StagedFiles files = new StagedFiles(output);
    try {
      files.stage(GRAPH_FILE, out -> new SortedTurtleWriter(Vocabulary.prefixes()).write(merged, out));
      files.stage(DATASET_FILE, out -> new SortedTrigWriter(Vocabulary.prefixes()).write(named, out));
      files.stage(BuildManifest.FILE, manifest::write);
      files.commit();
    } finally {
      files.abandon();
    }
  }

  /** The ontology, the merged events and one graph per document, named by their IRIs, in IRI order. */
  public static Map<String, Graph> namedGraphs(Graph ontology, Graph events, Map<String, Graph> documents) {
    Map<String, Graph> named = new TreeMap<>();
    named.put(Vocabulary.ONTOLOGY_GRAPH, ontology);
    named.put(Vocabulary.EVENTS_GRAPH, events);
    documents.forEach((id, graph) -> named.put(Vocabulary.DOC + id, graph));
    return named;
  }

  public static Path cacheDir(Path output) {
    return output.resolve(".cache").resolve("annotations");
  }
}
