package org.diplograph.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.diplograph.annotate.AnnotatorFactory;
import org.diplograph.export.GraphSource;
import org.diplograph.pipeline.BuildReport;
import org.diplograph.pipeline.BuildResult;
import org.diplograph.pipeline.BuildSettings;
import org.diplograph.pipeline.GraphBuild;
import org.diplograph.pipeline.GraphCheckException;
import org.diplograph.pipeline.Knowledge;
import org.diplograph.validate.GraphContract;

/** {@code diplograph build}: corpus in, knowledge graph out. */
final class BuildCommand implements Command {
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
        .desc("folder of .txt articles, sub-folders included (default: corpus)").build());
    CommonOptions.addOutput(options);
    CommonOptions.addOntology(options);
    options.addOption(Option.builder().longOpt("threads").hasArg().argName("N")
        .desc("annotation threads (default: number of cores)").build());
    options.addOption(Option.builder().longOpt("min-confidence").hasArg().argName("X")
        .desc("asserted mentions at or above this confidence give direct triples (default: 0.5)").build());
    options.addOption(Option.builder().longOpt("max-doc-bytes").hasArg().argName("N")
        .desc("skip documents larger than this (default: 2000000)").build());
    options.addOption(Option.builder().longOpt("export").hasArg().argName("F[,F...]")
        .desc("after the build, also write these export formats to <output>/export (see 'diplograph export')").build());
    options.addOption(Option.builder("q").longOpt("quiet").desc("print only problems and the summary").build());
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    BuildSettings settings = settings(line);
    var exports = line.hasOption("export") ? ExportCommand.formats(line.getOptionValue("export")) : null;
    Knowledge knowledge = Knowledge.load(settings.ontology());
    // Every build is checked against the safe profile and ontology/shapes.ttl before anything is written.
    GraphBuild build = new GraphBuild(knowledge, AnnotatorFactory.coreNlp(settings.threads()),
        GraphContract.checks(settings.ontology(), knowledge.ontology()));
    BuildResult result;
    try {
      result = build.run(settings, new ProgressReporter(console, line.hasOption("quiet")));
    } catch (GraphCheckException e) {
      console.message("diplograph build: " + e.getMessage());
      return ExitCodes.CHECK_FAILED;
    }
    BuildReport report = result.report();
    console.message(summary(report, settings.output().resolve(GraphBuild.GRAPH_FILE)));
    if (exports != null) {
      ExportCommand.afterBuild(exports, settings, new GraphSource(result.graph(),
          GraphBuild.namedGraphs(knowledge.ontology(), result.documents())), console);
    }
    return report.hasProblems() ? ExitCodes.SOME_DOCUMENTS_FAILED : ExitCodes.OK;
  }

  static BuildSettings settings(CommandLine line) throws UsageException {
    return BuildSettings.builder()
        .corpus(Path.of(line.getOptionValue("corpus", "corpus")))
        .output(CommonOptions.output(line))
        .ontology(CommonOptions.ontology(line))
        .threads(CommonOptions.intValue(line, "threads", Runtime.getRuntime().availableProcessors()))
        .minConfidence(CommonOptions.doubleValue(line, "min-confidence", 0.5))
        .maxDocumentBytes(CommonOptions.intValue(line, "max-doc-bytes", 2_000_000))
        .build();
  }

  static String summary(BuildReport r, Path graph) {
    return String.format(Locale.ROOT,
        "built %s: %d documents (%d annotated, %d from cache, %d failed), %d sentences, %d tokens, "
            + "%d relation mentions (%d asserted), %d triples in %.1f s",
        graph, r.documents(), r.annotated(), r.cached(), r.problems().size(), r.sentences(), r.tokens(),
        r.relationMentions(), r.assertedRelations(), r.triples(), r.totalMillis() / 1000.0);
  }
}
