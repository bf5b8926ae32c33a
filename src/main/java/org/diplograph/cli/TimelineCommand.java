package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.diplograph.events.ActorLookup;
import org.diplograph.events.DyadQuery;
import org.diplograph.events.Timeline;
import org.diplograph.events.TimelineChart;
import org.diplograph.graph.Vocabulary;
import org.diplograph.io.AtomicFiles;

/** {@code diplograph timeline A B}: a pair of actors' cooperation and conflict over time, as a table and a chart. */
final class TimelineCommand implements Command {
  @Override
  public String name() {
    return "timeline";
  }

  @Override
  public String summary() {
    return "count two actors' events per week, month or year by quad class and PLOVER type; draw cooperation against conflict (SVG and PNG)";
  }

  @Override
  public String arguments() {
    return "[options] ACTOR-A ACTOR-B   (names, ids such as China, or IRIs)";
  }

  @Override
  public Options options() {
    Options options = new Options();
    CommonOptions.addOutput(options);
    options.addOption(Option.builder().longOpt("by").hasArg().argName("PERIOD")
        .desc("week, month (default) or year").get());
    options.addOption(Option.builder().longOpt("graph").hasArg().argName("FILE")
        .desc("the graph to read (default: <output>/graph.ttl)").get());
    options.addOption(Option.builder().longOpt("chart").hasArg().argName("FILE")
        .desc("where to write the chart (default: <output>/timeline-A-B.svg); a .png is written beside it").get());
    options.addOption(Option.builder().longOpt("no-chart").desc("print the table only").get());
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    if (line.getArgList().size() != 2) {
      throw new UsageException("give two actors, e.g. diplograph timeline China Russia");
    }
    Path graph = line.hasOption("graph") ? Path.of(line.getOptionValue("graph")) : CommonOptions.output(line).resolve("graph.ttl");
    if (!Files.isRegularFile(graph)) {
      throw new UsageException("graph file not found: " + graph + " (run 'diplograph build' first)");
    }
    DyadQuery.Period period;
    try {
      period = DyadQuery.Period.of(line.getOptionValue("by", "month"));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Dataset dataset = DatasetFactory.create();
    RDFParser.source(graph).parse(dataset);
    ActorLookup lookup = new ActorLookup(dataset);
    String a = actor(lookup, line.getArgList().get(0));
    String b = actor(lookup, line.getArgList().get(1));
    Timeline timeline = Timeline.of(dataset, period, a, b);
    String labelA = a.substring(Vocabulary.ID.length()).replace('_', ' ');
    String labelB = b.substring(Vocabulary.ID.length()).replace('_', ' ');
    console.out().println(labelA + " – " + labelB + ": events per " + period.lower() + " (" + timeline.rows().stream()
        .mapToInt(r -> r.cooperation() + r.conflict()).sum() + " events)");
    console.out().print(timeline.table());
    console.out().flush();
    if (!line.hasOption("no-chart")) {
      TimelineChart chart = new TimelineChart(timeline, labelA, labelB);
      Path svg = line.hasOption("chart") ? Path.of(line.getOptionValue("chart"))
          : CommonOptions.output(line).resolve("timeline-" + a.substring(Vocabulary.ID.length()) + "-"
              + b.substring(Vocabulary.ID.length()) + ".svg");
      Path png = svg.resolveSibling(svg.getFileName().toString().replaceFirst("\\.svg$", "") + ".png");
      AtomicFiles.write(svg, chart::writeSvg);
      AtomicFiles.write(png, chart::writePng);
      console.message("wrote " + svg + " and " + png);
    }
    return ExitCodes.OK;
  }

  private static String actor(ActorLookup lookup, String words) throws UsageException {
    List<String> found = lookup.find(words);
    if (found.isEmpty()) {
      throw new UsageException("no actor called '" + words + "' in the graph");
    }
    if (found.size() > 1) {
      throw new UsageException("'" + words + "' names " + found.size() + " actors: " + String.join(", ", found)
          + "; give one IRI");
    }
    if (!found.get(0).startsWith(Vocabulary.ID)) {
      throw new UsageException(words + " is not an actor IRI (" + found.get(0) + ")");
    }
    return found.get(0);
  }
}
