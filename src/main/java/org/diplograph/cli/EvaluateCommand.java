package org.diplograph.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import java.util.List;
import org.diplograph.annotate.AnnotatorFactory;
import org.diplograph.evaluate.EventEvaluation;
import org.diplograph.evaluate.EventGold;
import org.diplograph.evaluate.EventScore;
import org.diplograph.evaluate.Evaluation;
import org.diplograph.evaluate.LinkingEvaluation;
import org.diplograph.pipeline.BuildListener;
import org.diplograph.pipeline.BuildSettings;
import org.diplograph.pipeline.GraphBuild;
import org.diplograph.pipeline.Knowledge;
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
    return "--gold FILE --entities FILE [options] [graph.ttl]  |  --events DIR [--split dev|test|all]";
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder().longOpt("gold").hasArg().argName("FILE")
        .desc("gold relations (TSV: doc, subject, relation, object, status, evidence)").get());
    options.addOption(Option.builder().longOpt("events").hasArg().argName("DIR")
        .desc("blind event set (sentences.tsv, annotations/): builds its sentences with the pipeline and reports "
            + "precision and recall per PLOVER type, and for type+source+target").get());
    options.addOption(Option.builder().longOpt("linking").hasArg().argName("DIR")
        .desc("blind entity-linking set (mentions.tsv, annotations/): builds its sentences and reports linking "
            + "accuracy and NIL precision and recall").get());
    options.addOption(Option.builder().longOpt("split").hasArg().argName("NAME")
        .desc("with --events: dev, test or all (default: both dev and test)").get());
    options.addOption(Option.builder().longOpt("errors").hasArg().argName("FILE")
        .desc("with --events or --linking: write the dev split's disagreements (gold and found events or nodes per sentence) to FILE; "
            + "the test split is never listed, so rules cannot be written from it").get());
    options.addOption(Option.builder().longOpt("work").hasArg().argName("DIR")
        .desc("with --events or --linking: folder for the sentence corpus, its graph and annotation cache (default target/eval-events)").get());
    options.addOption(Option.builder().longOpt("entities").hasArg().argName("FILE")
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
    if (line.hasOption("events")) {
      return events(line, console);
    }
    if (line.hasOption("linking")) {
      return linking(line, console);
    }
    if (!line.hasOption("gold") || !line.hasOption("entities")) {
      throw new UsageException("evaluate needs --gold and --entities, or --events");
    }
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

  private int events(CommandLine line, Console console) throws java.io.IOException {
    Path folder = Path.of(line.getOptionValue("events"));
    Path work = Path.of(line.getOptionValue("work", "target/eval-events"));
    EventGold gold = EventGold.load(folder);
    Path corpus = work.resolve("corpus");
    EventEvaluation.writeCorpus(gold, corpus);
    Path graph = work.resolve("output").resolve(GraphBuild.GRAPH_FILE);
    if (line.getArgs().length > 0) {
      graph = Path.of(line.getArgs()[0]); // a graph already built from the sentence corpus (e.g. by an older version)
    } else {
      buildSentences(Knowledge.load(CommonOptions.ontology(line)), line, corpus, work, console);
    }
    var found = EventEvaluation.found(graph);
    if (line.hasOption("errors")) {
      Path errors = Path.of(line.getOptionValue("errors"));
      java.nio.file.Files.writeString(errors, EventEvaluation.devErrors(gold, found));
      console.message("dev disagreements written to " + errors);
    }
    List<String> splits = line.hasOption("split") ? List.of(line.getOptionValue("split")) : List.of("dev", "test");
    var out = console.out();
    for (String split : splits) {
      EventScore score = EventEvaluation.score(gold, found, split);
      out.printf(Locale.ROOT, "== %s split ==%n", split);
      out.printf(Locale.ROOT, "%-14s %s%n", "type", score.all().format());
      out.printf(Locale.ROOT, "%-14s %s%n", "type+src+tgt", score.allWithArgs().format());
      out.printf(Locale.ROOT, "%-14s %.2f (over events whose type matched)%n", "modality", score.modalityAccuracy());
      out.println("per type (type only | type+source+target):");
      for (var e : score.byType().entrySet()) {
        var withArgs = score.withArgsByType().get(e.getKey());
        out.printf(Locale.ROOT, "  %-10s %s | F1 %.2f%n", e.getKey(), e.getValue().format(),
            withArgs == null ? 0 : withArgs.f1());
      }
    }
    return ExitCodes.OK;
  }

  private int linking(CommandLine line, Console console) {
    Path work = Path.of(line.getOptionValue("work", "target/eval-linking"));
    Path folder = Path.of(line.getOptionValue("linking"));
    var items = LinkingEvaluation.load(folder);
    Path corpus = work.resolve("corpus");
    LinkingEvaluation.writeCorpus(items, corpus);
    Knowledge knowledge = Knowledge.load(CommonOptions.ontology(line));
    buildSentences(knowledge, line, corpus, work, console);
    var nodeSpace = LinkingEvaluation.nodeSpace(folder);
    Path graph = work.resolve("output").resolve(GraphBuild.GRAPH_FILE);
    var predicted = LinkingEvaluation.predict(items, graph,
        id -> knowledge.gazetteer().entity(id).isPresent() && nodeSpace.map(ids -> ids.contains(id)).orElse(true));
    if (line.hasOption("errors")) {
      Path errors = Path.of(line.getOptionValue("errors"));
      try {
        java.nio.file.Files.writeString(errors, LinkingEvaluation.devErrors(items, predicted));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot write " + errors, e);
      }
      console.message("dev disagreements written to " + errors);
    }
    List<String> splits = line.hasOption("split") ? List.of(line.getOptionValue("split")) : List.of("dev", "test");
    printLinking(console, items, predicted, splits);
    if (nodeSpace.isPresent()) {
      // the same graph, with actors the gazetteer gained after the annotation counted as linked
      var today = LinkingEvaluation.predict(items, graph, id -> knowledge.gazetteer().entity(id).isPresent());
      long outside = items.stream().filter(i -> !today.get(i.id()).equals(predicted.get(i.id()))).count();
      console.out().printf(Locale.ROOT, "with today's gazetteer (%d mention(s) found in actors the annotators' node space"
          + " lacks, node-space.txt, counted as linked):%n", outside);
      printLinking(console, items, today, splits);
    }
    return ExitCodes.OK;
  }

  private static void printLinking(Console console, List<LinkingEvaluation.Item> items, java.util.Map<String, String> predicted,
      List<String> splits) {
    for (String split : splits) {
      var score = LinkingEvaluation.score(items, predicted, split);
      console.out().printf(Locale.ROOT, "%-5s linking accuracy %.2f (%d of %d mentions)   NIL precision %.2f recall %.2f%n",
          split, score.accuracy(), score.correct(), score.mentions(), score.nilPrecision(), score.nilRecall());
    }
  }

  /** Builds an evaluation set's one-sentence documents with the real pipeline into {@code work/output}. */
  private static void buildSentences(Knowledge knowledge, CommandLine line, Path corpus, Path work, Console console) {
    BuildSettings settings = BuildSettings.builder().corpus(corpus).output(work.resolve("output"))
        .ontology(CommonOptions.ontology(line)).build();
    new GraphBuild(knowledge, AnnotatorFactory.coreNlp(settings.threads())).run(settings, BuildListener.SILENT)
        .report().problems().forEach(p -> console.message("problem: " + p));
  }
}
