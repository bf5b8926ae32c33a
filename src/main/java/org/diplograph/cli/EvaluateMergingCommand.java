package org.diplograph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.diplograph.graph.Vocabulary;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.events.Actors;
import org.diplograph.events.Compatibility;
import org.diplograph.events.EventGraph;
import org.diplograph.events.MentionReader;
import org.diplograph.events.MergeErrors;
import org.diplograph.events.MergeEvaluation;
import org.diplograph.events.MergeRules;
import org.diplograph.graph.OntologyReader;
import org.diplograph.pipeline.Knowledge;

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
    CommonOptions.addOntology(options);
    options.addOption(Option.builder().longOpt("remerge")
        .desc("merge the graph's event mentions again with the merge rules of the ontology folder before scoring,"
            + " as a build would (try a change to events/merging.tsv without rebuilding)").get());
    options.addOption(Option.builder().longOpt("errors").hasArg().argName("SPLIT")
        .desc("also list the pairs of this split the graph gets wrong, with both mentions and the merger's reasons"
            + " (for a development split only: reading a held-out split's errors spoils it)").get());
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
    Graph events = graph;
    if (line.hasOption("remerge") || line.hasOption("errors")) {
      Path ontology = CommonOptions.ontology(line);
      Graph classes = OntologyReader.read(ontology.resolve("diplograph.ttl"));
      MergeRules rules = MergeRules.load(ontology.resolve("events").resolve(MergeRules.FILE), Knowledge.eventClasses(classes));
      Set<String> mutual = EventGraph.mutualTypes(classes);
      if (line.hasOption("remerge")) {
        events = new EventGraph(rules, mutual).graph(graph);
        // sentences and mentions stay in the documents' triples; the new links replace the old
        graph.remove(Node.ANY, Vocabulary.dg("mentionOf"), Node.ANY);
        graph.remove(Node.ANY, Vocabulary.dg("mergeRule"), Node.ANY);
        events.find().forEach(graph::add);
      }
      if (line.hasOption("errors")) {
        MentionReader reader = new MentionReader(graph);
        Actors actors = reader.actors();
        new MergeErrors(graph, new Compatibility(rules, actors, mutual), reader.mentions())
            .describe(pairs, line.getOptionValue("errors")).forEach(console.out()::println);
      }
    }
    Map<String, MergeEvaluation.Score> scores = MergeEvaluation.score(pairs, graph);
    scores.forEach((split, s) -> console.out().println(String.format(Locale.ROOT,
        "%-5s P %.2f  R %.2f  F1 %.2f  (pairs %d: tp %d, fp %d, fn %d, tn %d; %d not in the graph)",
        split, s.precision(), s.recall(), s.f1(), s.pairs(), s.truePositives(), s.falsePositives(),
        s.falseNegatives(), s.trueNegatives(), s.missing())));
    console.out().flush();
    return ExitCodes.OK;
  }
}
