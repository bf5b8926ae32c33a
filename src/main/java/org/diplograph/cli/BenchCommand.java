package org.diplograph.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.diplograph.annotate.AnnotatorFactory;
import org.diplograph.pipeline.BuildReport;
import org.diplograph.pipeline.BuildSettings;
import org.diplograph.pipeline.GraphBuild;
import org.diplograph.pipeline.Knowledge;

/**
 * {@code diplograph bench}: builds a corpus from scratch into a scratch folder and reports
 * documents, sentences, tokens, wall time, tokens per second, model-load time and peak heap.
 * Then rebuilds it with nothing changed, to show what the annotation cache saves.
 */
final class BenchCommand implements Command {
  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String summary() {
    return "measure a full build and a no-op rebuild of a corpus (default: corpus/)";
  }

  @Override
  public String arguments() {
    return "[options] [corpus-dir]";
  }

  @Override
  public Options options() {
    Options options = new Options();
    CommonOptions.addOntology(options);
    options.addOption(Option.builder().longOpt("threads").hasArg().argName("N")
        .desc("annotation threads (default: number of cores)").build());
    options.addOption(Option.builder().longOpt("keep").hasArg().argName("DIR")
        .desc("write the benchmark's output here and keep it (default: a temporary folder, deleted)").build());
    ServeLoadBench.addOptions(options);
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    if (line.hasOption(ServeLoadBench.OPTION)) {
      return ServeLoadBench.run(line, console);
    }
    Path corpus = Path.of(line.getArgList().isEmpty() ? "corpus" : line.getArgList().get(0));
    boolean keep = line.hasOption("keep");
    Path output = keep ? Path.of(line.getOptionValue("keep")) : Files.createTempDirectory("diplograph-bench");
    int threads = CommonOptions.intValue(line, "threads", Runtime.getRuntime().availableProcessors());
    try {
      if (keep) {
        deleteTree(GraphBuild.cacheDir(output));
      }
      Knowledge knowledge = Knowledge.load(CommonOptions.ontology(line));
      BuildSettings settings = BuildSettings.builder().corpus(corpus).output(output)
          .ontology(CommonOptions.ontology(line)).threads(threads).build();
      GraphBuild build = new GraphBuild(knowledge, AnnotatorFactory.coreNlp(threads));
      resetPeaks();
      BuildReport full = build.run(settings, new ProgressReporter(console, true)).report();
      long peakFull = heapPeak();
      BuildReport noop = build.run(settings, new ProgressReporter(console, true)).report();
      print(console, corpus, threads, full, peakFull, noop);
      return full.hasProblems() ? ExitCodes.SOME_DOCUMENTS_FAILED : ExitCodes.OK;
    } finally {
      if (!keep) {
        deleteTree(output);
      }
    }
  }

  private static void print(Console console, Path corpus, int threads, BuildReport full, long peak, BuildReport noop) {
    var out = console.out();
    double seconds = full.totalMillis() / 1000.0;
    double annotateSeconds = Math.max(full.annotateMillis(), 1) / 1000.0;
    out.printf(Locale.ROOT, "corpus            %s (%d documents, %d skipped)%n", corpus, full.documents(), full.problems().size());
    out.printf(Locale.ROOT, "threads           %d%n", threads);
    out.printf(Locale.ROOT, "sentences         %d%n", full.sentences());
    out.printf(Locale.ROOT, "tokens            %d%n", full.tokens());
    out.printf(Locale.ROOT, "model load        %.1f s%n", full.modelLoadMillis() / 1000.0);
    out.printf(Locale.ROOT, "annotation        %.1f s  (%.0f tokens/s)%n", annotateSeconds, full.tokens() / annotateSeconds);
    out.printf(Locale.ROOT, "full build        %.1f s wall  (%.0f tokens/s end to end)%n", seconds, full.tokens() / seconds);
    out.printf(Locale.ROOT, "peak heap         %.0f MB%n", peak / 1e6);
    out.printf(Locale.ROOT, "relations         %d mentions, %d asserted, %d triples%n",
        full.relationMentions(), full.assertedRelations(), full.triples());
    out.printf(Locale.ROOT, "no-op rebuild     %.2f s (models loaded: %s)  = %.3f of the full build%n",
        noop.totalMillis() / 1000.0, noop.modelLoadMillis() > 0 ? "yes" : "no",
        (double) noop.totalMillis() / Math.max(full.totalMillis(), 1));
    for (var problem : full.problems()) {
      out.println("skipped           " + problem);
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long heapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  static void deleteTree(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
