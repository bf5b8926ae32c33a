package org.diplograph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.diplograph.annotate.AnnotatorFactory;
import org.diplograph.export.GraphSource;
import org.diplograph.io.FolderLockedException;
import org.diplograph.pipeline.BuildPublisher;
import org.diplograph.pipeline.BuildReport;
import org.diplograph.pipeline.BuildResult;
import org.diplograph.pipeline.BuildSettings;
import org.diplograph.pipeline.DocumentChanges;
import org.diplograph.pipeline.GraphBuild;
import org.diplograph.pipeline.GraphCheckException;
import org.diplograph.pipeline.Knowledge;
import org.diplograph.pipeline.PublishReport;
import org.diplograph.validate.GraphContract;

/**
 * {@code diplograph build}: corpus in, knowledge graph out. Made to be run by cron or a systemd
 * timer: incremental, locked against a second run, quiet, and it ends with one summary line and
 * an exit status that says what happened (see {@link ExitCodes}).
 */
final class BuildCommand implements Command {
  private final IntFunction<AnnotatorFactory> annotators;
  private final UnaryOperator<String> env;

  BuildCommand() {
    this(AnnotatorFactory::coreNlp, System::getenv);
  }

  /** With another annotator (by thread count) and environment, for tests. */
  BuildCommand(IntFunction<AnnotatorFactory> annotators, UnaryOperator<String> env) {
    this.annotators = annotators;
    this.env = env;
  }

  @Override
  public String name() {
    return "build";
  }

  @Override
  public String summary() {
    return "build the knowledge graph from a corpus of .txt articles";
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder("c").longOpt("corpus").hasArg().argName("DIR")
        .desc("folder of .txt articles, sub-folders included (default: corpus)").get());
    CommonOptions.addOutput(options);
    CommonOptions.addOntology(options);
    options.addOption(Option.builder().longOpt("threads").hasArg().argName("N")
        .desc("annotation threads (default: number of cores)").get());
    options.addOption(Option.builder().longOpt("min-confidence").hasArg().argName("X")
        .desc("asserted mentions at or above this confidence give direct triples (default: 0.5)").get());
    options.addOption(Option.builder().longOpt("max-doc-bytes").hasArg().argName("N")
        .desc("skip documents larger than this (default: 2000000)").get());
    options.addOption(Option.builder().longOpt("wait").hasArg().argName("SECONDS")
        .desc("if another build is using the output folder, wait up to this long for it (default: 0, "
            + "exit at once with status " + ExitCodes.LOCKED + ")").get());
    PublishOptions.addTo(options);
    options.addOption(Option.builder().longOpt("export").hasArg().argName("F[,F...]")
        .desc("after the build, also write these export formats to <output>/export (see 'diplograph export')").get());
    options.addOption(Option.builder().longOpt("parse-all")
        .desc("parse every sentence, not only those the rules read dependencies of (same graph; slower)").get());
    options.addOption(Option.builder("q").longOpt("quiet").desc("print only problems and the summary").get());
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    BuildSettings settings = settings(line);
    List<BuildPublisher> publishers = PublishOptions.publishers(line, settings.output(), env, console);
    var exports = line.hasOption("export") ? ExportCommand.formats(line.getOptionValue("export")) : null;
    Knowledge knowledge = Knowledge.load(settings.ontology());
    // Every build is checked against the safe profile and ontology/shapes.ttl before anything is written.
    GraphBuild build = new GraphBuild(knowledge, annotators.apply(settings.threads()),
        GraphContract.checks(settings.ontology(), knowledge.ontology()), publishers);
    BuildResult result;
    try {
      result = build.run(settings, new ProgressReporter(console, line.hasOption("quiet")));
    } catch (FolderLockedException e) {
      console.message("diplograph build: " + e.getMessage() + "; nothing done"
          + (line.hasOption("wait") ? "" : " (--wait SECONDS waits for it)"));
      return ExitCodes.LOCKED;
    } catch (GraphCheckException e) {
      console.message("diplograph build: " + e.getMessage());
      return ExitCodes.CHECK_FAILED;
    }
    BuildReport report = result.report();
    console.message(summary(report, settings.output().resolve(GraphBuild.GRAPH_FILE)));
    int status = exitCode(report);
    if (exports != null) {
      try {
        ExportCommand.afterBuild(exports, settings, new GraphSource(result.graph(),
            GraphBuild.namedGraphs(knowledge.ontology(), result.events(), result.documents())), console);
      } catch (RuntimeException e) {
        // The graph itself is written (and published): say so, and let the status tell cron.
        console.message("diplograph build: the graph was written, but the export failed: " + e.getMessage());
        return status == ExitCodes.OK || status == ExitCodes.SOME_DOCUMENTS_FAILED ? ExitCodes.EXPORT_FAILED : status;
      }
    }
    return status;
  }

  static int exitCode(BuildReport report) {
    if (report.publishFailed()) {
      return ExitCodes.PUBLISH_FAILED;
    }
    return report.hasProblems() ? ExitCodes.SOME_DOCUMENTS_FAILED : ExitCodes.OK;
  }

  static BuildSettings settings(CommandLine line) throws UsageException {
    int wait = CommonOptions.intValue(line, "wait", 0);
    if (wait < 0) {
      throw new UsageException("--wait needs a number of seconds, 0 or more");
    }
    try {
      return BuildSettings.builder()
          .corpus(Path.of(line.getOptionValue("corpus", "corpus")))
          .output(CommonOptions.output(line))
          .ontology(CommonOptions.ontology(line))
          .threads(CommonOptions.intValue(line, "threads", Runtime.getRuntime().availableProcessors()))
          .minConfidence(CommonOptions.doubleValue(line, "min-confidence", 0.5))
          .maxDocumentBytes(CommonOptions.intValue(line, "max-doc-bytes", 2_000_000))
          .lockWait(Duration.ofSeconds(wait))
          .parseAll(line.hasOption("parse-all"))
          .build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage()); // an option out of range is a command-line mistake
    }
  }

  /** One line for the log: what happened to the documents, the size of the graph, the time. */
  static String summary(BuildReport r, Path graph) {
    DocumentChanges c = r.changes();
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
        "built %s in %.1f s: %d documents (%d new, %d changed, %d unchanged, %d removed, %d failed), "
            + "%d annotated, %d triples, %d graphs changed",
        graph, r.totalMillis() / 1000.0, c.documents(), c.added().size(), c.changed().size(), c.unchanged().size(),
        c.removed().size(), r.problems().size(), r.annotated(), r.triples(), c.graphsChanged().size()));
    for (PublishReport p : r.published()) {
      line.append(p.ok()
          ? String.format(Locale.ROOT, "; published to %s: %d replaced, %d deleted", p.target(), p.replaced(), p.deleted())
          : String.format(Locale.ROOT, "; publishing to %s FAILED, %d change(s) left for the next run", p.target(), p.left()));
    }
    return line.toString();
  }
}
