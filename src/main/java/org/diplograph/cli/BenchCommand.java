package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.diplograph.annotate.AnnotatorFactory;
import org.diplograph.annotate.AnnotatorSettings;
import org.diplograph.annotate.CoreNlpAnnotator;
import org.diplograph.pipeline.BuildManifest;
import org.diplograph.pipeline.BuildReport;
import org.diplograph.pipeline.BuildSettings;
import org.diplograph.pipeline.GraphBuild;
import org.diplograph.pipeline.Knowledge;

/**
 * {@code diplograph bench}: builds a corpus from scratch into a scratch folder and reports
 * documents, sentences, tokens, wall time, tokens per second, model-load time, time per stage and
 * per annotator, and peak heap. Then, in the same run, annotates the same documents with CoreNLP's
 * default pipeline (the baseline, {@link BaselineRun}) and prints the ratio of the two throughputs.
 * Both configurations first annotate the same ten documents, uncounted, so that neither pays for the
 * JVM's warm-up alone. Then rebuilds twice, as a
 * scheduled run would: with nothing changed, and with one document changed (on a copy of the
 * corpus, so the original is never touched), each as a share of the full build.
 */
final class BenchCommand implements Command {
  private static final int WARM_UP_DOCUMENTS = 10;

  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String summary() {
    return "measure a full build, a no-op rebuild and a one-document rebuild of a corpus (default: corpus/)";
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
        .desc("annotation threads (default: number of cores)").get());
    options.addOption(Option.builder().longOpt("no-baseline")
        .desc("skip the CoreNLP default pipeline baseline (run in a JVM of its own)").get());
    options.addOption(Option.builder().longOpt("baseline-heap").hasArg().argName("SIZE")
        .desc("maximum heap of the baseline's JVM, as for java -Xmx (default: 6g; CoreNLP's default "
            + "pipeline needs about 4.5 GB)").get());
    options.addOption(Option.builder().longOpt("keep").hasArg().argName("DIR")
        .desc("write the benchmark's output here and keep it (default: a temporary folder, deleted)").get());
    ServeLoadBench.addOptions(options);
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    if (line.hasOption(ServeLoadBench.OPTION)) {
      return ServeLoadBench.run(line, console);
    }
    Path original = Path.of(line.getArgList().isEmpty() ? "corpus" : line.getArgList().get(0));
    if (!Files.isDirectory(original)) {
      throw new UsageException("corpus folder not found: " + original);
    }
    boolean keep = line.hasOption("keep");
    Path scratch = Files.createTempDirectory("diplograph-bench");
    Path output = keep ? Path.of(line.getOptionValue("keep")) : scratch.resolve("output");
    int threads = CommonOptions.intValue(line, "threads", Runtime.getRuntime().availableProcessors());
    try {
      if (keep) {
        deleteTree(GraphBuild.cacheDir(output));
      }
      Path corpus = scratch.resolve("corpus");
      copyTree(original, corpus);
      Knowledge knowledge = Knowledge.load(CommonOptions.ontology(line));
      BuildSettings settings = BuildSettings.builder().corpus(corpus).output(output)
          .ontology(CommonOptions.ontology(line)).threads(threads).build();
      GraphBuild build = new GraphBuild(knowledge, AnnotatorFactory.coreNlp(threads));
      // The baseline first, in its own JVM (its models need twice the heap), while this one holds
      // little: the build is then measured in the heap it runs in, the launcher's default.
      BaselineRun baseline = line.hasOption("no-baseline") ? null
          : BaselineRun.inOwnJvm(CommonOptions.ontology(line), corpus, settings.maxDocumentBytes(), threads,
              WARM_UP_DOCUMENTS, line.getOptionValue("baseline-heap", "6g"));
      int warmed = BaselineRun.warmUp(knowledge, corpus, settings.maxDocumentBytes(), threads, WARM_UP_DOCUMENTS,
          AnnotatorSettings.diplograph());
      BuildReport full;
      String heap;
      try (HeapWatch watch = new HeapWatch()) {
        full = build.run(settings, new ProgressReporter(console, true)).report();
        heap = watch.describe();
      }
      BuildReport noop = build.run(settings, new ProgressReporter(console, true)).report();
      Path changed = changeOneDocument(corpus, output);
      CoreNlpAnnotator.forgetLoadedModels(); // a scheduled run is a new process: it loads the models again
      BuildReport one = build.run(settings, new ProgressReporter(console, true)).report();
      print(console, original, threads, full, heap);
      console.out().printf(Locale.ROOT, "warm-up           %d documents with each configuration first (each in its JVM), "
          + "not counted%n", warmed);
      BenchTables.print(console, full, baseline);
      printRebuilds(console, full, noop, one, corpus.relativize(changed));
      return full.hasProblems() ? ExitCodes.SOME_DOCUMENTS_FAILED : ExitCodes.OK;
    } finally {
      deleteTree(scratch);
    }
  }

  /** Appends a sentence to the first built document (by id), as a correction would; returns its path. */
  private static Path changeOneDocument(Path corpus, Path output) throws java.io.IOException {
    var documents = BuildManifest.read(output).orElseThrow().documents();
    if (documents.isEmpty()) {
      throw new IllegalStateException("no document was built, so none can be changed");
    }
    Path file = corpus.resolve(documents.values().iterator().next().source());
    Files.writeString(file, Files.readString(file) + "\n\nThis article was corrected after publication.\n");
    return file;
  }

  private static void print(Console console, Path corpus, int threads, BuildReport full, String heap) {
    var out = console.out();
    double seconds = full.totalMillis() / 1000.0;
    double annotateSeconds = Math.max(full.annotateMillis(), 1) / 1000.0;
    out.printf(Locale.ROOT, "corpus            %s (%d documents, %d skipped)%n", corpus, full.documents(), full.problems().size());
    out.printf(Locale.ROOT, "threads           %d%n", threads);
    out.printf(Locale.ROOT, "sentences         %d%n", full.sentences());
    out.printf(Locale.ROOT, "tokens            %d%n", full.tokens());
    out.printf(Locale.ROOT, "annotator         %s%n", AnnotatorSettings.diplograph().name());
    out.printf(Locale.ROOT, "model load        %.1f s%n", full.modelLoadMillis() / 1000.0);
    out.printf(Locale.ROOT, "annotation        %.1f s  (%.0f tokens/s)%n", annotateSeconds, full.tokens() / annotateSeconds);
    out.printf(Locale.ROOT, "full build        %.1f s wall  (%.0f tokens/s end to end)%n", seconds, full.tokens() / seconds);
    out.printf(Locale.ROOT, "build heap        %s%n", heap);
    var parsing = full.parsing();
    out.printf(Locale.ROOT, "parsed            %d of %d sentences, %d of %d tokens (%.0f%%); the others can hold "
        + "nothing the rules read dependencies of%n", parsing.parsed(), parsing.sentences(), parsing.parsedTokens(),
        parsing.tokens(), 100.0 * parsing.parsedTokens() / Math.max(parsing.tokens(), 1));
    out.printf(Locale.ROOT, "relations         %d mentions, %d asserted, %d triples%n",
        full.relationMentions(), full.assertedRelations(), full.triples());
    for (var problem : full.problems()) {
      out.println("skipped           " + problem);
    }
  }

  /**
   * The rebuilds as shares of the full build. The one-document rebuild loads the models afresh, as
   * a scheduled run in a new process must; its model-load share is shown apart.
   */
  private static void printRebuilds(Console console, BuildReport full, BuildReport noop, BuildReport one, Path changed) {
    var out = console.out();
    double fullMillis = Math.max(full.totalMillis(), 1);
    out.printf(Locale.ROOT, "no-op rebuild     %.2f s, %d annotated, models loaded: %s  = %.3f of the full build%n",
        noop.totalMillis() / 1000.0, noop.annotated(), noop.modelLoadMillis() > 0 ? "yes" : "no",
        noop.totalMillis() / fullMillis);
    out.printf(Locale.ROOT, "one changed       %.2f s, %d annotated (%s), model load %.1f s of it  = %.3f of the full build%n",
        one.totalMillis() / 1000.0, one.annotated(), changed, one.modelLoadMillis() / 1000.0,
        one.totalMillis() / fullMillis);
  }

  private static void copyTree(Path from, Path to) throws java.io.IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (Files.isRegularFile(p)) {
          Files.copy(p, target);
        }
      }
    }
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
