package org.diplograph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.diplograph.ProgramVersion;
import org.diplograph.graph.Vocabulary;
import org.diplograph.pipeline.BuildManifest;
import org.diplograph.pipeline.BuildManifest.DocumentEntry;
import org.diplograph.pipeline.BuildManifest.GraphEntry;
import org.diplograph.pipeline.GraphHash;
import org.diplograph.pipeline.Knowledge;
import org.diplograph.spark.Rows.Annotated;
import org.diplograph.spark.Rows.Doc;
import org.diplograph.spark.Rows.DocGraph;
import org.diplograph.spark.Rows.EntityRow;
import org.diplograph.spark.Rows.Problem;
import org.diplograph.spark.Rows.Read;
import scala.Tuple2;

/**
 * The pipeline as a Spark job: the same graph as {@code ./diplograph build} of the same corpus
 * (tested as sets of quads), written as N-Quads shards.
 *
 * <ol>
 *   <li>list the corpus on the driver; read and check each file in the tasks;</li>
 *   <li>group by document id (a second file with one id is a problem), which also spreads the
 *       documents evenly over the partitions;</li>
 *   <li>annotate what the cache ({@code OUTPUT/.cache/annotations}, the single-machine build's
 *       format and keys) does not hold, CoreNLP loaded once per executor JVM; resolve;</li>
 *   <li>the entity catalog: every document's entities collected in document id order and
 *       broadcast; each executor JVM builds the single-machine build's {@code EntityCatalog} from
 *       them once (an unknown actor's node depends on every document that uses its name);</li>
 *   <li>settle each document's entities and extract; the settled entities of the documents that
 *       extracted are broadcast the same way for the catalog of the graph stage; build each
 *       document's graph;</li>
 *   <li>merge event mentions into events, one group per PLOVER type (mentions of different types
 *       never merge), on the executors;</li>
 *   <li>write {@code documents/part-*} and {@code events/part-*} (N-Quads), {@code ontology.nq},
 *       {@code manifest.tsv} and {@code problems.tsv}, staged and then moved into place.</li>
 * </ol>
 */
public final class SparkBuild {
  static final String DOCUMENTS = "documents";
  static final String EVENTS = "events";
  static final String ONTOLOGY = "ontology.nq";
  static final String PROBLEMS = "problems.tsv";

  private final JavaSparkContext sc;

  public SparkBuild(JavaSparkContext sc) {
    this.sc = sc;
  }

  public SparkBuildReport run(SparkBuildSettings settings) {
    long start = System.nanoTime();
    Configuration hadoop = sc.hadoopConfiguration();
    HadoopConf conf = new HadoopConf(hadoop);
    OntologyBundle bundle = OntologyBundle.read(settings.ontology(), hadoop);
    Knowledge knowledge = ExecutorContext.get(bundle, settings.threadsPerTask()).knowledge;
    Broadcast<OntologyBundle> ontology = sc.broadcast(bundle);
    int partitions = settings.partitions();
    int threads = settings.threadsPerTask();
    List<JavaRDD<?>> persisted = new ArrayList<>();

    StageClock clock = new StageClock();
    // 1-2: read, check, one file per document id
    JavaRDD<Read> read = persist(sc.parallelize(CorpusListing.list(settings.corpus(), hadoop), partitions)
        .mapPartitions(files -> DocumentStages.read(files, settings, conf)), persisted);
    JavaRDD<Read> unique = persist(read.filter(r -> r.doc() != null)
        .mapToPair(r -> new Tuple2<>(r.doc().id(), r.doc()))
        .groupByKey(partitions)
        .flatMap(group -> DocumentStages.firstById(group._1(), group._2()).iterator()), persisted);

    // 3: annotate (or take from the cache) and resolve
    JavaRDD<Annotated> annotated = persist(unique.filter(r -> r.doc() != null).map(Read::doc)
        .mapPartitions(docs -> DocumentStages.annotate(docs, ontology.value(), settings, conf)), persisted);
    clock.lap("read", unique.count());
    clock.lap("annotate, resolve", annotated.count());
    JavaRDD<Annotated> resolved = annotated.filter(a -> a.problem() == null);

    // 4: the corpus's entity catalog: every document's entities in document id order, collected and
    // broadcast; each executor JVM builds the catalog from them once
    Broadcast<CatalogObservations> observed = sc.broadcast(CatalogObservations.of(observations(
        resolved.mapToPair(a -> new Tuple2<>(a.doc().id(), a.entities())))));
    clock.lap("catalog", observed.value().observations());

    // 5: settle and extract; then the graphs, described by the catalog of what extracted
    JavaRDD<Rows.Extracted> extracted = persist(resolved
        .map(a -> DocumentStages.extract(a.doc(), a.conllu(), observed.value(), ontology.value(), settings)), persisted);
    JavaRDD<Problem> problems = extracted.filter(e -> e.problem() != null).map(Rows.Extracted::problem);
    JavaRDD<Rows.Extracted> ok = extracted.filter(e -> e.problem() == null);
    Broadcast<CatalogObservations> described = sc.broadcast(CatalogObservations.of(observations(
        ok.mapToPair(e -> new Tuple2<>(e.doc().id(), e.settled())))));
    clock.lap("extract", extracted.count());
    JavaRDD<DocGraph> graphs = persist(ok
        .map(e -> DocumentStages.build(e, observed.value(), described.value(), ontology.value(), settings)), persisted);
    clock.lap("build", graphs.count());

    // 6: events, one merge per PLOVER type
    JavaRDD<Rows.Events> events = persist(graphs
        .flatMapToPair(g -> g.eventFacts().entrySet().stream().map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator())
        .groupByKey(partitions)
        .map(group -> DocumentStages.mergeEvents(group._2(), ontology.value(), threads)), persisted);

    clock.lap("events", events.count());

    // 7: write
    List<String> allProblems = new ArrayList<>();
    read.filter(r -> r.problem() != null).map(Read::problem)
        .union(unique.filter(r -> r.problem() != null).map(Read::problem))
        .union(annotated.filter(a -> a.problem() != null).map(Annotated::problem))
        .union(problems)
        .collect().stream()
        .sorted(java.util.Comparator.comparing(Problem::sourcePath))
        .forEach(p -> allProblems.add(p.toString()));
    String eventsHash = GraphHash.ofSortedKeys(events
        .flatMap(e -> e.keys().iterator())
        .sortBy(k -> k, true, partitions)
        .toLocalIterator());
    long eventTriples = events.map(e -> (long) e.keys().size()).fold(0L, Long::sum);
    List<DocumentEntry> entries = graphs
        .map(g -> new String[] {g.id(), g.sourcePath(), g.sha256(), g.graphHash(), Long.toString(g.triples())})
        .collect().stream()
        .map(f -> new DocumentEntry(f[0], f[1], f[2], new GraphEntry(f[3], Long.parseLong(f[4]))))
        .toList();
    Map<String, DocumentEntry> documents = new TreeMap<>();
    entries.forEach(e -> documents.put(e.id(), e));
    BuildManifest manifest = new BuildManifest(ProgramVersion.get(), knowledge.fingerprint(),
        DocumentStages.cacheFingerprint(), settings.minConfidence(),
        new GraphEntry(GraphHash.of(knowledge.ontology()), knowledge.ontology().size()),
        new GraphEntry(eventsHash, eventTriples), documents);

    Path output = new Path(settings.output());
    Path staging = new Path(output, ".staging-" + UUID.randomUUID());
    graphs.map(g -> strip(g.nquads())).saveAsTextFile(new Path(staging, DOCUMENTS).toString());
    events.map(e -> strip(e.nquads())).filter(text -> !text.isEmpty())
        .saveAsTextFile(new Path(staging, EVENTS).toString());
    FsFiles.writeAtomically(new Path(staging, ONTOLOGY), DocumentStages.nquads(Vocabulary.ONTOLOGY_GRAPH,
        knowledge.ontology()), hadoop);
    FsFiles.writeAtomically(new Path(staging, BuildManifest.FILE), manifestText(manifest), hadoop);
    FsFiles.writeAtomically(new Path(staging, PROBLEMS), problemsText(allProblems), hadoop);
    replace(output, staging, hadoop);
    Set<String> used = new HashSet<>(annotated.filter(a -> a.cacheEntry() != null).map(Annotated::cacheEntry).collect());
    pruneCache(DocumentStages.cacheDir(settings.output()), used, hadoop);

    clock.lap("write", 0);
    long annotatedNow = annotated.filter(a -> a.problem() == null && !a.cached()).count();
    long fromCache = annotated.filter(a -> a.problem() == null && a.cached()).count();
    long sentences = graphs.map(g -> (long) g.sentences()).fold(0L, Long::sum);
    long tokens = graphs.map(g -> (long) g.tokens()).fold(0L, Long::sum);
    long documentTriples = entries.stream().mapToLong(e -> e.graph().triples()).sum();
    SparkBuildReport report = new SparkBuildReport(documents.size(), annotatedNow, fromCache, allProblems, sentences,
        tokens, documentTriples, eventTriples, knowledge.ontology().size(), clock.times(),
        (System.nanoTime() - start) / 1_000_000);
    persisted.forEach(JavaRDD::unpersist);
    ontology.destroy();
    observed.destroy();
    described.destroy();
    return report;
  }

  /** Wall time per stage: each stage's result is persisted and counted before the next starts. */
  private static final class StageClock {
    private final Map<String, Long> times = new java.util.LinkedHashMap<>();
    private long last = System.nanoTime();

    void lap(String stage, long ignoredCount) {
      long now = System.nanoTime();
      times.merge(stage, (now - last) / 1_000_000, Long::sum);
      last = now;
    }

    Map<String, Long> times() {
      return times;
    }
  }

  private static <T> JavaRDD<T> persist(JavaRDD<T> rdd, List<JavaRDD<?>> persisted) {
    persisted.add(rdd);
    return rdd.persist(StorageLevel.MEMORY_AND_DISK());
  }

  private static <K, V> JavaPairRDD<K, V> persist(JavaPairRDD<K, V> rdd, List<JavaRDD<?>> persisted) {
    JavaPairRDD<K, V> kept = rdd.persist(StorageLevel.MEMORY_AND_DISK());
    persisted.add(kept.rdd().toJavaRDD());
    return kept;
  }

  /** The documents' entity lists in document id order. */
  private static List<List<EntityRow>> observations(JavaPairRDD<String, List<EntityRow>> byDocument) {
    return byDocument.sortByKey().values().collect();
  }

  private static String strip(String text) {
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  private static String manifestText(BuildManifest manifest) {
    var out = new java.io.ByteArrayOutputStream();
    try {
      manifest.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String problemsText(List<String> problems) {
    StringBuilder text = new StringBuilder("# file\treason\n");
    problems.forEach(p -> text.append(p.replaceFirst(": ", "\t")).append('\n'));
    return text.toString();
  }

  /** Moves the staged output into place: the previous run's shards go, the cache stays. */
  private static void replace(Path output, Path staging, Configuration conf) {
    try {
      FileSystem fs = output.getFileSystem(conf);
      for (String name : List.of(DOCUMENTS, EVENTS, ONTOLOGY, BuildManifest.FILE, PROBLEMS)) {
        fs.delete(new Path(output, name), true);
      }
      for (String name : List.of(DOCUMENTS, EVENTS, ONTOLOGY, PROBLEMS, BuildManifest.FILE)) {
        if (!fs.rename(new Path(staging, name), new Path(output, name))) {
          throw new IOException("cannot move " + new Path(staging, name) + " into " + output);
        }
      }
      fs.delete(staging, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the cache entries no document of this run used (as the single-machine build's cache does). */
  private static void pruneCache(Path cacheDir, Set<String> used, Configuration conf) {
    try {
      FileSystem fs = cacheDir.getFileSystem(conf);
      if (!fs.exists(cacheDir)) {
        return;
      }
      for (FileStatus entry : fs.listStatus(cacheDir)) {
        String name = entry.getPath().getName();
        if ((name.endsWith(".conllu") && !used.contains(name)) || name.endsWith(".tmp")) {
          fs.delete(entry.getPath(), false);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prune the annotation cache " + cacheDir, e);
    }
  }
}
