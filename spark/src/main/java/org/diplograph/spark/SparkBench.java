package org.diplograph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.diplograph.annotate.AnnotatorFactory;
import org.diplograph.pipeline.BuildListener;
import org.diplograph.pipeline.BuildReport;
import org.diplograph.pipeline.BuildSettings;
import org.diplograph.pipeline.GraphBuild;
import org.diplograph.pipeline.Knowledge;

/**
 * Throughput of the Spark job in local mode with one and with two task slots, and of the
 * single-JVM build ({@code ./diplograph build}) with one and with two annotation threads (the
 * control: what a second core gives on this machine at the time), on the same documents,
 * each from scratch (no annotation cache) in a JVM of its own, so that each loads the models once
 * and starts with a cold JIT. Prints one line per run and the ratios, measured in this one run.
 *
 * <p>{@code spark/bench CORPUS [DOCUMENTS]} (the first DOCUMENTS .txt files of CORPUS by name).
 */
public final class SparkBench {
  /** What Spark 4 needs opened on Java 17 (spark-submit adds the same). */
  static final List<String> JAVA_OPTIONS = List.of("--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
      "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
      "-Djdk.reflect.useDirectMethodHandle=false", "-Dio.netty.tryReflectionSetAccessible=true");

  private SparkBench() {}

  /** One measured run. */
  record Run(String name, int documents, long tokens, long wallMillis, long loadMillis, String stages) {
    double tokensPerSecond() {
      return tokens * 1000.0 / wallMillis;
    }

    double tokensPerSecondAfterLoad() {
      return tokens * 1000.0 / (wallMillis - loadMillis);
    }

    String line() {
      return String.join("\t", "RESULT", name, Integer.toString(documents), Long.toString(tokens),
          Long.toString(wallMillis), Long.toString(loadMillis), stages);
    }

    static Run parse(String line) {
      String[] f = line.split("\t");
      return new Run(f[1], Integer.parseInt(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]),
          f.length > 6 ? f[6] : "");
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--run")) {
      System.out.println(runOne(args[1], Path.of(args[2]), Path.of(args[3]), Path.of(args[4])).line());
      return;
    }
    if (args.length < 1) {
      System.err.println("usage: spark/bench CORPUS [DOCUMENTS] [ONTOLOGY]");
      System.exit(2);
    }
    Path source = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    Path ontology = Path.of(args.length > 2 ? args[2] : "ontology").toAbsolutePath();
    Path scratch = Files.createTempDirectory("diplograph-spark-bench");
    Path corpus = scratch.resolve("corpus");
    Files.createDirectories(corpus);
    try (Stream<Path> files = Files.list(source)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(count).toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    System.out.printf(Locale.ROOT, "corpus: the first %d articles of %s; %d cores; load average before: %s%n", count, source,
        Runtime.getRuntime().availableProcessors(), loadAverage());
    List<Run> runs = new ArrayList<>();
    for (String name : List.of("single-jvm-1", "single-jvm", "local[1]", "local[2]")) {
      Run run = child(name, corpus, scratch.resolve("out-" + name.replaceAll("\\W", "")), ontology);
      runs.add(run);
      System.out.printf(Locale.ROOT, "%-10s %3d documents, %,7d tokens: %6.1f s (model load %4.1f s), %6.0f tokens/s, "
              + "%6.0f tokens/s after the model load; load average %s%n", run.name(), run.documents(), run.tokens(),
          run.wallMillis() / 1000.0, run.loadMillis() / 1000.0, run.tokensPerSecond(), run.tokensPerSecondAfterLoad(),
          loadAverage());
      System.out.println("           " + run.stages());
    }
    Run singleOne = runs.get(0);
    Run single = runs.get(1);
    Run one = runs.get(2);
    Run two = runs.get(3);
    System.out.printf(Locale.ROOT, "local[2] / local[1]: %.2f (after the model load: %.2f)%n",
        two.tokensPerSecond() / one.tokensPerSecond(), two.tokensPerSecondAfterLoad() / one.tokensPerSecondAfterLoad());
    System.out.printf(Locale.ROOT, "local[2] / single JVM: %.2f (after the model load: %.2f); local[1] / single JVM: %.2f%n",
        two.tokensPerSecond() / single.tokensPerSecond(),
        two.tokensPerSecondAfterLoad() / single.tokensPerSecondAfterLoad(),
        one.tokensPerSecond() / single.tokensPerSecond());
    // the control: what a second annotation thread gives the single-JVM build on this machine now
    System.out.printf(Locale.ROOT, "single JVM, 2 threads / 1 thread: %.2f (after the model load: %.2f)%n",
        single.tokensPerSecond() / singleOne.tokensPerSecond(),
        single.tokensPerSecondAfterLoad() / singleOne.tokensPerSecondAfterLoad());
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  private static Run child(String name, Path corpus, Path output, Path ontology) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx6g");
    command.add("-XX:+UseParallelGC");
    command.addAll(JAVA_OPTIONS);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), SparkBench.class.getName(), "--run", name,
        corpus.toString(), output.toString(), ontology.toString()));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(name + " failed: " + out);
    }
    return out.lines().filter(l -> l.startsWith("RESULT\t")).map(Run::parse).findFirst()
        .orElseThrow(() -> new IllegalStateException(name + " printed no result: " + out));
  }

  /** One run, in this JVM. */
  static Run runOne(String name, Path corpus, Path output, Path ontology) {
    long start = System.nanoTime();
    if (name.startsWith("single-jvm")) {
      int threads = name.equals("single-jvm-1") ? 1 : 2;
      BuildSettings settings = BuildSettings.builder().corpus(corpus).output(output).ontology(ontology).threads(threads)
          .build();
      BuildReport report = new GraphBuild(Knowledge.load(ontology), AnnotatorFactory.coreNlp(threads))
          .run(settings, new BuildListener() {}).report();
      return new Run(name, report.documents(), report.tokens(), (System.nanoTime() - start) / 1_000_000,
          report.modelLoadMillis(), report.stageTimes().toString());
    }
    SparkConf conf = new SparkConf().setMaster(name).setAppName("diplograph-spark-bench")
        .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1");
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      SparkBuildReport report = new SparkBuild(sc).run(SparkBuildSettings.of(corpus.toUri().toString(),
          output.toUri().toString(), ontology.toUri().toString(), 20));
      if (report.annotated() != report.documents()) {
        throw new UncheckedIOException(new IOException("expected every document annotated, not " + report.annotated()));
      }
      return new Run(name, report.documents(), report.tokens(), (System.nanoTime() - start) / 1_000_000,
          ExecutorContext.totalModelLoadMillis(), report.stages());
    }
  }
}
