package org.diplograph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.diplograph.annotate.AnnotatorFactory;
import org.diplograph.annotate.AnnotatorSettings;
import org.diplograph.pipeline.BuildListener;
import org.diplograph.pipeline.BuildManifest;
import org.diplograph.pipeline.BuildSettings;
import org.diplograph.pipeline.GraphBuild;
import org.diplograph.pipeline.Knowledge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode against the single-machine build ({@link GraphBuild}, what
 * {@code ./diplograph build} runs) on the same corpus, with the real CoreNLP models: the same quads
 * as a set and the same manifest entries, whatever the partitioning; the annotation cache; bad
 * documents; the command line's exit status. One Spark context for the class (one per JVM).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkBuildTest {
  private static final Path ROOT = Path.of(System.getProperty("diplograph.root", "..")).toAbsolutePath().normalize();
  private static final Path ONTOLOGY = ROOT.resolve("ontology");
  private static final Path SEED = ROOT.resolve("corpus");
  private static final Path GUARDIAN = ROOT.resolve("../shared/corpora/guardian-world-news-2017-2019").normalize();
  private static final Path NOT_UTF8 = ROOT.resolve("../shared/corpora/bad-inputs/bbc-sport-199-not-utf8.txt").normalize();

  private static JavaSparkContext sc;

  @TempDir
  static Path tmp;

  @BeforeAll
  static void start() {
    sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("diplograph-spark-test")
        .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
        .set("spark.sql.shuffle.partitions", "4"));
  }

  @AfterAll
  static void stop() {
    if (sc != null) {
      sc.close();
    }
  }

  private static SparkBuildReport spark(Path corpus, Path output, int partitions) {
    return new SparkBuild(sc).run(SparkBuildSettings.of(corpus.toUri().toString(), output.toUri().toString(),
        ONTOLOGY.toUri().toString(), partitions));
  }

  private static void singleMachine(Path corpus, Path output) {
    // one thread, as each Spark task runs CoreNLP: the same settings, so CoreNLP keeps one copy of the models
    BuildSettings settings = BuildSettings.builder().corpus(corpus).output(output).ontology(ONTOLOGY).threads(1).build();
    new GraphBuild(Knowledge.load(ONTOLOGY), AnnotatorFactory.coreNlp(AnnotatorSettings.diplograph(), 1))
        .run(settings, new BuildListener() {});
  }

  private static void assertSameGraph(Set<Quad> expected, Set<Quad> actual) {
    assertEquals(expected.size(), actual.size(), () -> Outputs.difference(expected, actual));
    assertTrue(expected.equals(actual), () -> Outputs.difference(expected, actual));
  }

  private static void assertSameManifest(Path singleMachine, Path spark) {
    BuildManifest expected = BuildManifest.read(singleMachine).orElseThrow();
    BuildManifest actual = BuildManifest.read(spark).orElseThrow();
    assertEquals(expected.documents(), actual.documents(), "per document: source, content hash, graph hash, triples");
    assertEquals(expected.events(), actual.events(), "the events graph's hash and size");
    assertEquals(expected.ontology(), actual.ontology());
    assertEquals(expected.knowledge(), actual.knowledge());
    assertEquals(expected.annotator(), actual.annotator(), "the annotation cache's key");
  }

  @Test
  @Order(1)
  void seedCorpusGivesTheQuadsOfTheSingleMachineBuild() {
    Path out = tmp.resolve("seed-spark");
    SparkBuildReport report = spark(SEED, out, 3);
    assertEquals(5, report.documents());
    assertEquals(5, report.annotated());
    assertTrue(report.problems().isEmpty(), report.problems()::toString);
    assertTrue(report.eventTriples() > 0, "events were merged");

    Path single = tmp.resolve("seed-single");
    singleMachine(SEED, single);
    assertSameGraph(Outputs.singleMachineQuads(single), Outputs.sparkQuads(out));
    assertSameManifest(single, out);
  }

  @Test
  @Order(2)
  void onlyNewDocumentsAreAnnotatedAndBadOnesAreSkippedByName() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(GUARDIAN), "needs " + GUARDIAN);
    Path corpus = tmp.resolve("seed-plus");
    copy(SEED, corpus, List.of());
    Path out = tmp.resolve("seed-spark");                // the first test's output, with its cache
    Files.copy(GUARDIAN.resolve("2017-08-06-0786.txt"), corpus.resolve("sub/new.txt"));
    Files.writeString(corpus.resolve("empty.txt"), "");
    SparkBuildReport report = spark(corpus, out, 2);
    assertEquals(6, report.documents());
    assertEquals(1, report.annotated(), "only the new document is annotated");
    assertEquals(5, report.cached());
    assertEquals(List.of("empty.txt: empty file"), report.problems());
    assertTrue(Files.readString(out.resolve(SparkBuild.PROBLEMS)).contains("empty.txt\tempty file"));
  }

  @Test
  @Order(3)
  void partitioningDoesNotChangeTheGuardianGraph() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(GUARDIAN), "needs " + GUARDIAN);
    Path corpus = tmp.resolve("guardian");
    try (Stream<Path> files = Files.list(GUARDIAN)) {
      // the articles of the first half of January 2018, so that events from several articles merge
      copy(GUARDIAN, corpus, files.map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith("2018-01-0") || n.startsWith("2018-01-1")).sorted().toList());
    }
    Path one = tmp.resolve("guardian-1");
    SparkBuildReport first = spark(corpus, one, 1);
    assertTrue(first.documents() >= 8, "documents: " + first.documents());

    Path five = tmp.resolve("guardian-5");
    copyCache(one, five);
    SparkBuildReport second = spark(corpus, five, 5);
    assertEquals(0, second.annotated());
    assertSameGraph(Outputs.sparkQuads(one), Outputs.sparkQuads(five));

    Path single = tmp.resolve("guardian-single");
    copyCache(one, single);
    singleMachine(corpus, single);
    assertSameGraph(Outputs.singleMachineQuads(single), Outputs.sparkQuads(five));
    assertSameManifest(single, five);
  }

  @Test
  @Order(4)
  void theCommandLineExitsWithThreeWhenADocumentIsSkipped() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(NOT_UTF8), "needs " + NOT_UTF8);
    Path corpus = tmp.resolve("seed-bad");
    copy(SEED, corpus, List.of());
    Files.copy(NOT_UTF8, corpus.resolve("not-utf8.txt"));
    Path out = tmp.resolve("seed-bad-out");
    copyCache(tmp.resolve("seed-spark"), out);
    int status = SparkBuildMain.run(sc, new String[] {"--corpus", corpus.toString(), "--output", out.toString(),
        "--ontology", ONTOLOGY.toString(), "--partitions", "2"});
    assertEquals(SparkBuildMain.SOME_DOCUMENTS_FAILED, status);
    assertTrue(Files.readString(out.resolve(SparkBuild.PROBLEMS)).contains("not-utf8.txt\tnot valid UTF-8"));
    assertEquals(SparkBuildMain.USAGE, SparkBuildMain.run(sc, new String[] {"--corpus", corpus.toString()}));
  }

  /** Copies the named files (all .txt files if none are named). */
  private static void copy(Path from, Path to, List<String> names) throws IOException {
    Files.createDirectories(to.resolve("sub"));
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        if (names.isEmpty() || names.contains(f.getFileName().toString())) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    }
  }

  private static void copyCache(Path fromOutput, Path toOutput) throws IOException {
    Path from = fromOutput.resolve(".cache/annotations");
    Path to = toOutput.resolve(".cache/annotations");
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
