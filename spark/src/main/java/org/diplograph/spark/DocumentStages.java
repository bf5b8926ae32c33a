package org.diplograph.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.ProgramVersion;
import org.diplograph.annotate.AnnotatedDocument;
import org.diplograph.annotate.AnnotationCache;
import org.diplograph.annotate.ConlluCodec;
import org.diplograph.clean.CleanArticle;
import org.diplograph.corpus.Article;
import org.diplograph.corpus.CorpusEntry;
import org.diplograph.corpus.CorpusReader;
import org.diplograph.corpus.DocumentIds;
import org.diplograph.corpus.InputProblem;
import org.diplograph.corpus.TextChecks;
import org.diplograph.extract.Extraction;
import org.diplograph.graph.DocumentGraphBuilder;
import org.diplograph.graph.EntityCatalog;
import org.diplograph.graph.Vocabulary;
import org.diplograph.pipeline.GraphHash;
import org.diplograph.resolve.ResolvedDocument;
import org.diplograph.spark.Rows.Annotated;
import org.diplograph.spark.Rows.Doc;
import org.diplograph.spark.Rows.DocGraph;
import org.diplograph.spark.Rows.EntityRow;
import org.diplograph.spark.Rows.Problem;
import org.diplograph.spark.Rows.Read;
import org.diplograph.spark.Rows.SourceFile;

/**
 * The work a Spark task does, one function per stage, each calling the library the
 * single-machine build calls ({@link org.diplograph.pipeline.GraphBuild}): the corpus checks, the
 * cleaner, the annotation cache's keys and format, CoreNLP, the resolver, the entity catalog, the
 * extractor, the graph builder and the event merger. Only the order of the work differs: what the
 * single-machine build does for the whole corpus in one JVM is split here into stages, with Spark
 * moving the values between them.
 */
final class DocumentStages {
  private DocumentStages() {}

  /** Reads and checks the files of one partition, as {@link CorpusReader} does. */
  static Iterator<Read> read(Iterator<SourceFile> files, SparkBuildSettings settings, HadoopConf conf) {
    TextChecks checks = new TextChecks(settings.maxDocumentBytes());
    CorpusReader reader = new CorpusReader(checks);
    List<Read> out = new ArrayList<>();
    files.forEachRemaining(f -> {
      Optional<String> tooBig = checks.checkSize(f.size());
      if (tooBig.isPresent()) {
        out.add(new Read(null, new Problem(f.relative(), tooBig.get())));
        return;
      }
      try {
        CorpusEntry entry = reader.fromBytes(FsFiles.read(f.uri(), conf.get()), f.relative(),
            DocumentIds.fromRelativePath(f.relative()));
        out.add(entry instanceof Article a ? new Read(Doc.of(a), null)
            : new Read(null, Problem.of((InputProblem) entry)));
      } catch (IOException e) {
        out.add(new Read(null, new Problem(f.relative(), "cannot be read (" + e.getMessage() + ")")));
      }
    });
    return out.iterator();
  }

  /** Of the files that map to one document id, the first by path is the document; the others are problems. */
  static List<Read> firstById(String id, Iterable<Doc> docs) {
    List<Doc> sorted = new ArrayList<>();
    docs.forEach(sorted::add);
    sorted.sort(Comparator.comparing(Doc::sourcePath));
    List<Read> out = new ArrayList<>();
    out.add(new Read(sorted.get(0), null));
    for (Doc clash : sorted.subList(1, sorted.size())) {
      out.add(new Read(null, new Problem(clash.sourcePath(),
          "document id '" + id + "' is already used by " + sorted.get(0).sourcePath())));
    }
    return out;
  }

  /** The annotation cache's key for this program version and annotator, as the single-machine build makes it. */
  static String cacheFingerprint() {
    return AnnotationCache.fingerprint(ProgramVersion.get(), ExecutorContext.annotatorSettings().fingerprint());
  }

  /**
   * Annotates the documents of one partition that the cache does not hold (CoreNLP loaded once per
   * JVM, only if one is missing), caches each as it is done, and resolves every document.
   */
  static Iterator<Annotated> annotate(Iterator<Doc> docs, OntologyBundle ontology, SparkBuildSettings settings,
      HadoopConf conf) throws IOException {
    ExecutorContext ctx = ExecutorContext.get(ontology, settings.threadsPerTask());
    Path cacheDir = cacheDir(settings.output());
    String fingerprint = cacheFingerprint();
    Map<String, CleanArticle> clean = new LinkedHashMap<>();
    Map<String, String> conllu = new HashMap<>();
    Map<String, Doc> byId = new HashMap<>();
    List<CleanArticle> missing = new ArrayList<>();
    while (docs.hasNext()) {
      Doc doc = docs.next();
      CleanArticle article = ctx.cleaner.clean(doc.article());
      clean.put(doc.id(), article);
      byId.put(doc.id(), doc);
      String cached = FsFiles.readIfExists(new Path(cacheDir, AnnotationCache.fileName(fingerprint, article)), conf.get());
      if (cached != null && readable(cached)) {
        conllu.put(doc.id(), cached);
      } else {
        missing.add(article);
      }
    }
    Map<String, Problem> failed = new HashMap<>();
    if (!missing.isEmpty()) {
      ctx.annotator().annotate(missing, annotated -> {
        String text = ConlluCodec.write(annotated);
        FsFiles.writeAtomically(new Path(cacheDir, AnnotationCache.fileName(fingerprint, clean.get(annotated.id()))),
            text, conf.get());
        synchronized (conllu) {
          conllu.put(annotated.id(), text);
        }
      }, (article, error) -> {
        synchronized (failed) {
          failed.put(article.id(), new Problem(article.article().sourcePath(), "annotation failed: " + error));
        }
      }, (article, notice) -> System.err.println("warning: " + article.article().sourcePath() + ": " + notice));
    }
    java.util.Set<String> annotatedNow = new java.util.HashSet<>();
    missing.forEach(a -> annotatedNow.add(a.id()));
    List<Annotated> out = new ArrayList<>();
    for (CleanArticle article : clean.values()) {
      Doc doc = byId.get(article.id());
      if (failed.containsKey(article.id())) {
        out.add(new Annotated(doc, null, false, null, List.of(), failed.get(article.id())));
        continue;
      }
      String text = conllu.get(article.id());
      try {
        ResolvedDocument resolved = ctx.resolver.resolve(document(article.id(), text), article.date().orElse(null));
        out.add(new Annotated(doc, text, !annotatedNow.contains(article.id()),
            AnnotationCache.fileName(fingerprint, article), resolved.entities().stream().map(EntityRow::of).toList(),
            null));
      } catch (RuntimeException e) {
        out.add(new Annotated(doc, null, false, AnnotationCache.fileName(fingerprint, article), List.of(),
            extractionFailed(doc, e)));
      }
    }
    return out.iterator();
  }

  private static boolean readable(String conllu) {
    try {
      // An entry a single-machine build wrote may leave sentences unparsed that its pattern files
      // did not need (docs/annotation.md); this job does not parse them later, so it annotates such a
      // document again, whole.
      return ConlluCodec.read(conllu).sentences().stream().allMatch(org.diplograph.annotate.Sentence::parsed);
    } catch (RuntimeException e) {
      return false; // a damaged entry: annotate again and overwrite it
    }
  }

  static Path cacheDir(String output) {
    return new Path(new Path(output, ".cache"), "annotations");
  }

  private static AnnotatedDocument document(String id, String conllu) {
    return new AnnotatedDocument(id, ConlluCodec.read(conllu).sentences());
  }

  private static Problem extractionFailed(Doc doc, RuntimeException e) {
    return new Problem(doc.sourcePath(), "extraction failed: " + e);
  }

  /**
   * Resolves the document again from its CoNLL-U, gives every entity its corpus-wide description
   * (the catalog of all documents' observations) and extracts: what the graph stage's catalog will
   * observe of this document, or the problem.
   */
  static Rows.Extracted extract(Doc doc, String conllu, CatalogObservations observed, OntologyBundle ontology,
      SparkBuildSettings settings) {
    ExecutorContext ctx = ExecutorContext.get(ontology, settings.threadsPerTask());
    try {
      ResolvedDocument settled = settle(ctx, doc, conllu, observed);
      ctx.extractor.extract(settled);
      return new Rows.Extracted(doc, conllu, settled.entities().stream().map(EntityRow::of).toList(), null);
    } catch (RuntimeException e) {
      return new Rows.Extracted(doc, null, List.of(), extractionFailed(doc, e));
    }
  }

  private static ResolvedDocument settle(ExecutorContext ctx, Doc doc, String conllu, CatalogObservations observed) {
    CleanArticle article = ctx.cleaner.clean(doc.article());
    EntityCatalog catalog = ctx.catalog(observed);
    return ctx.resolver.resolve(document(doc.id(), conllu), article.date().orElse(null)).retype(catalog::canonical);
  }

  /**
   * Extracts again and builds the document's graph, the entities described by the catalog of the
   * settled observations of every document that extracted ({@code described}), as the single-machine
   * build's graph stage does.
   */
  static DocGraph build(Rows.Extracted extracted, CatalogObservations observed, CatalogObservations described,
      OntologyBundle ontology, SparkBuildSettings settings) {
    ExecutorContext ctx = ExecutorContext.get(ontology, settings.threadsPerTask());
    Doc doc = extracted.doc();
    CleanArticle article = ctx.cleaner.clean(doc.article());
    ResolvedDocument settled = settle(ctx, doc, extracted.conllu(), observed);
    Extraction extraction = ctx.extractor.extract(settled);
    Graph graph = GraphFactory.createDefaultGraph();
    new DocumentGraphBuilder(ctx.catalog(described), settings.minConfidence()).build(article, settled, extraction,
        StreamRDFLib.graph(graph));
    return new DocGraph(doc.id(), doc.sourcePath(), doc.sha256(), GraphHash.of(graph), graph.size(),
        nquads(Vocabulary.DOC + doc.id(), graph), eventFacts(graph), settled.sentences().size(),
        settled.document().tokenCount(), extraction.relations().size());
  }

  /** The graph's triples as N-Quads in the named graph {@code name}. */
  static String nquads(String name, Graph graph) {
    DatasetGraph dataset = DatasetGraphFactory.create();
    dataset.addGraph(NodeFactory.createURI(name), graph);
    StringWriter out = new StringWriter();
    RDFDataMgr.write(out, dataset, Lang.NQUADS);
    return out.toString();
  }

  private static final Node EVENT_MENTION = Vocabulary.dg("EventMention");
  private static final Node STATE = Vocabulary.dg("State");

  /**
   * What event merging reads of this document, per PLOVER type ({@link org.diplograph.events.MentionReader}):
   * the type's mentions with all their triples, the document's own triples, and what the document
   * says of its actors' states (dg:State, dg:country, dg:actsAs). Every document that mentions an
   * actor describes it the same way (one description per entity), so the union over the documents
   * of one type holds what merging needs to know about that type's actors.
   */
  static Map<String, String> eventFacts(Graph graph) {
    Map<String, Graph> byType = new TreeMap<>();
    graph.find(Node.ANY, Vocabulary.TYPE, EVENT_MENTION).forEach(t -> {
      Node m = t.getSubject();
      graph.find(m, Vocabulary.dg("eventType"), Node.ANY).forEach(type -> {
        Graph facts = byType.computeIfAbsent(type.getObject().getLocalName(), k -> GraphFactory.createDefaultGraph());
        graph.find(m, Node.ANY, Node.ANY).forEach(facts::add);
      });
    });
    if (byType.isEmpty()) {
      return Map.of();
    }
    List<Triple> shared = new ArrayList<>();
    graph.find(Node.ANY, Vocabulary.DERIVED_FROM, Node.ANY)
        .forEach(t -> graph.find(t.getObject(), Node.ANY, Node.ANY).forEach(shared::add));
    graph.find(Node.ANY, Vocabulary.TYPE, STATE).forEach(shared::add);
    graph.find(Node.ANY, Vocabulary.dg("country"), Node.ANY).forEach(shared::add);
    graph.find(Node.ANY, Vocabulary.dg("actsAs"), Node.ANY).forEach(shared::add);
    Map<String, String> out = new TreeMap<>();
    byType.forEach((type, facts) -> {
      shared.forEach(facts::add);
      StringWriter text = new StringWriter();
      RDFDataMgr.write(text, facts, Lang.NTRIPLES);
      out.put(type, text.toString());
    });
    return out;
  }

  /** Merges the mentions of one PLOVER type (from every document that has one) into events. */
  static Rows.Events mergeEvents(Iterable<String> facts, OntologyBundle ontology, int threads) {
    Graph graph = GraphFactory.createDefaultGraph();
    for (String text : facts) {
      RDFDataMgr.read(graph, new java.io.StringReader(text), null, Lang.NTRIPLES);
    }
    Graph events = ExecutorContext.get(ontology, threads).events.graph(graph);
    return new Rows.Events(nquads(Vocabulary.EVENTS_GRAPH, events), events.find().mapWith(GraphHash::key).toList());
  }
}
