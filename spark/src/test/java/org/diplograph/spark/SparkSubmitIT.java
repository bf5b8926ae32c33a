package org.diplograph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar (target/diplograph-spark-VERSION.jar) submitted the standard way: Spark's own
 * {@code org.apache.spark.deploy.SparkSubmit}, which the {@code spark-submit} script runs, in a JVM
 * whose classpath is Spark's and not the project's (no Jena, no CoreNLP, no Diplograph classes:
 * those must come from the jar), the models jar passed with {@code --jars}. Seed corpus, local[2],
 * the annotation cache filled beforehand from the seed's stored CoNLL-U (what CoreNLP makes of it,
 * checked by the root build's SeedAnnotationsIT), so that this test spends no minute on the models.
 */
class SparkSubmitIT {
  private static final Path ROOT = Path.of(System.getProperty("diplograph.root", "..")).toAbsolutePath().normalize();

  @TempDir
  Path tmp;

  /** The seed's stored annotations as cache entries, under the names a build looks for. */
  private static void seedCache(Path output) throws java.io.IOException {
    Path cache = output.resolve(".cache/annotations");
    Files.createDirectories(cache);
    org.diplograph.pipeline.Knowledge knowledge = org.diplograph.pipeline.Knowledge.load(ROOT.resolve("ontology"));
    org.diplograph.clean.ArticleCleaner cleaner = new org.diplograph.clean.ArticleCleaner(knowledge.boilerplate());
    org.diplograph.corpus.Corpus corpus = new org.diplograph.corpus.CorpusReader(
        new org.diplograph.corpus.TextChecks(2_000_000)).read(ROOT.resolve("corpus"));
    for (org.diplograph.corpus.Article article : corpus.articles()) {
      Path stored = ROOT.resolve("src/test/resources/annotations/seed").resolve(article.id() + ".conllu");
      Files.copy(stored, cache.resolve(org.diplograph.annotate.AnnotationCache.fileName(
          DocumentStages.cacheFingerprint(), cleaner.clean(article))));
    }
  }

  @Test
  void theShadedJarRunsUnderSparkSubmit() throws Exception {
    Path jar = Path.of(System.getProperty("diplograph.spark.jar"));
    assertTrue(Files.isRegularFile(jar), jar + " (mvn package)");
    List<String> spark = new ArrayList<>();
    String models = null;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.contains("stanford-corenlp") && entry.endsWith("-models.jar")) {
        models = entry;
      } else if (!entry.contains("/org/apache/jena/") && !entry.contains("/edu/stanford/nlp/")
          && !entry.contains("diplograph") && !entry.contains("/target/") && !entry.contains("/commons-cli/")) {
        spark.add(entry);
      }
    }
    assertTrue(spark.stream().anyMatch(e -> e.contains("spark-core_")), "Spark on the classpath");
    Path output = tmp.resolve("out");
    seedCache(output);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx3g"));
    command.addAll(SparkBench.JAVA_OPTIONS);
    command.addAll(List.of("-cp", String.join(File.pathSeparator, spark), "org.apache.spark.deploy.SparkSubmit",
        "--master", "local[2]", "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1",
        "--jars", models,
        "--class", "org.diplograph.spark.SparkBuildMain", jar.toString(),
        "--corpus", ROOT.resolve("corpus").toString(), "--output", output.toString(),
        "--ontology", ROOT.resolve("ontology").toString(), "--partitions", "4"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue(), log);
    assertTrue(log.contains("5 documents (0 annotated, 5 from cache, 0 failed)"), log);
    try (Stream<Path> parts = Files.list(output.resolve(SparkBuild.DOCUMENTS))) {
      String quads = parts.filter(f -> f.getFileName().toString().startsWith("part-")).map(f -> {
        try {
          return Files.readString(f);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).collect(Collectors.joining());
      assertTrue(quads.contains("<https://w3id.org/diplograph/doc/000_ef2881d829f6ae15> ."), "document graphs written");
    }
  }
}
