package org.diplograph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.events.MergeEvaluation;

/** {@code diplograph evaluate-merging}: pairwise precision and recall of event merging against hand labels. */
final class EvaluateMergingCommand implements Command {
  @Override
  public String name() {
    return "evaluate-merging";
  }

  @Override
  public String summary() {
    return "pairwise precision and recall of merging event mentions into events, against hand-labelled pairs or sets";
  }

  @Override
  public String arguments() {
    return "[options] LABELS.tsv [graph.ttl]";
  }

  @Override
  public Options options() {
    Options options = new Options();
    CommonOptions.addOutput(options);
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    if (line.getArgList().isEmpty()) {
      throw new UsageException("give a label file, e.g. docs/event-merging/guardian-2018-pairs.tsv");
    }
    List<MergeEvaluation.Pair> pairs = MergeEvaluation.read(Path.of(line.getArgList().get(0)));
    Graph graph = GraphFactory.createDefaultGraph();
    RDFParser.source(CommonOptions.graphFile(line, 1)).parse(graph);
    Map<String, MergeEvaluation.Score> scores = MergeEvaluation.score(pairs, graph);
    scores.forEach((split, s) -> console.out().println(String.format(Locale.ROOT,
        "%-5s P %.2f  R %.2f  F1 %.2f  (pairs %d: tp %d, fp %d, fn %d, tn %d; %d not in the graph)",
        split, s.precision(), s.recall(), s.f1(), s.pairs(), s.truePositives(), s.falsePositives(),
        s.falseNegatives(), s.trueNegatives(), s.missing())));
    console.out().flush();
    return ExitCodes.OK;
  }
}
