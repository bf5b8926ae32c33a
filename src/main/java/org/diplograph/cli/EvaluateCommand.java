package org.diplograph.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.evaluate.Evaluation;
import org.diplograph.evaluate.Evaluator;
import org.diplograph.evaluate.GoldRelation;
import org.diplograph.evaluate.GoldStandard;

/** {@code diplograph evaluate}: precision, recall and forbidden rows against a gold file. */
final class EvaluateCommand implements Command {
  @Override
  public String name() {
    return "evaluate";
  }

  @Override
  public String summary() {
    return "score a graph against a gold file: precision, recall, forbidden violations, misses";
  }

  @Override
  public String arguments() {
    return "--gold FILE --entities FILE [options] [graph.ttl]";
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder().longOpt("gold").hasArg().argName("FILE").required()
        .desc("gold relations (TSV: doc, subject, relation, object, status, evidence)").get());
    options.addOption(Option.builder().longOpt("entities").hasArg().argName("FILE").required()
        .desc("gold entities (TSV: label, type, aliases, wikidata)").get());
    options.addOption(Option.builder().longOpt("min-precision").hasArg().argName("X")
        .desc("exit with status 5 if event precision is below X").get());
    options.addOption(Option.builder().longOpt("min-recall").hasArg().argName("X")
        .desc("exit with status 5 if recall of required rows is below X").get());
    CommonOptions.addOutput(options);
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    Path graphFile = CommonOptions.graphFile(line);
    GoldStandard gold = GoldStandard.load(Path.of(line.getOptionValue("gold")), Path.of(line.getOptionValue("entities")));
    Graph graph = GraphFactory.createDefaultGraph();
    RDFParser.source(graphFile).parse(graph);
    Evaluation e = new Evaluator().evaluate(graph, gold);
    var out = console.out();
    out.printf(Locale.ROOT, "graph:      %s%n", graphFile);
    out.printf(Locale.ROOT, "precision:  %.3f  (%d of %d asserted event relations are required or optional rows)%n",
        e.precision(), e.correctEvents(), e.assertedEvents());
    out.printf(Locale.ROOT, "recall:     %.3f  (%d of %d required rows asserted)%n", e.recall(), e.found(), e.required());
    out.printf(Locale.ROOT, "forbidden:  %d violations%n", e.violations().size());
    e.violations().forEach(v -> out.println("  VIOLATION " + v));
    if (!e.misses().isEmpty()) {
      out.println("missed required rows:");
      for (GoldRelation g : e.misses()) {
        out.println("  " + g);
      }
    }
    if (!e.wrongEvents().isEmpty()) {
      out.println("asserted event relations not in the gold file:");
      e.wrongEvents().forEach(w -> out.println("  " + w));
    }
    double minPrecision = CommonOptions.doubleValue(line, "min-precision", 0);
    double minRecall = CommonOptions.doubleValue(line, "min-recall", 0);
    boolean pass = e.precision() >= minPrecision && e.recall() >= minRecall;
    return pass ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
  }
}
