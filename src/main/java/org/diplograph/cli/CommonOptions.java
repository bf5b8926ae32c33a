package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** Options several commands share, and where the project's own folders are. */
final class CommonOptions {
  private CommonOptions() {}

  /** The project folder: set by the launcher, else the working directory. */
  static Path home() {
    String home = System.getProperty("diplograph.home");
    return home == null ? Path.of("").toAbsolutePath() : Path.of(home);
  }

  static void addOntology(Options options) {
    options.addOption(Option.builder().longOpt("ontology").hasArg().argName("DIR")
        .desc("ontology, gazetteer and patterns folder (default: <home>/ontology)").get());
  }

  static Path ontology(CommandLine line) {
    return line.hasOption("ontology") ? Path.of(line.getOptionValue("ontology")) : home().resolve("ontology");
  }

  static void addOutput(Options options) {
    options.addOption(Option.builder("o").longOpt("output").hasArg().argName("DIR")
        .desc("output folder (default: output)").get());
  }

  static Path output(CommandLine line) {
    return Path.of(line.getOptionValue("output", "output"));
  }

  /** The graph file a read-only command works on: the first argument, else output/graph.ttl. */
  static Path graphFile(CommandLine line) throws UsageException {
    return graphFile(line, 0);
  }

  /** The graph file named by argument {@code index}, else output/graph.ttl. */
  static Path graphFile(CommandLine line, int index) throws UsageException {
    Path graph = line.getArgList().size() <= index
        ? output(line).resolve("graph.ttl")
        : Path.of(line.getArgList().get(index));
    if (!Files.isRegularFile(graph)) {
      throw new UsageException("graph file not found: " + graph + " (run 'diplograph build' first)");
    }
    return graph;
  }

  /** The content of the file an argument names, or the argument itself ("queries/x.rq" or a query). */
  static String fileOrText(String argument) throws java.io.IOException {
    Path path = Path.of(argument);
    return argument.length() < 1024 && Files.isRegularFile(path) ? Files.readString(path) : argument;
  }

  static int intValue(CommandLine line, String option, int fallback) throws UsageException {
    String value = line.getOptionValue(option);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new UsageException("--" + option + " needs a whole number, not '" + value + "'");
    }
  }

  static double doubleValue(CommandLine line, String option, double fallback) throws UsageException {
    String value = line.getOptionValue(option);
    if (value == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new UsageException("--" + option + " needs a number, not '" + value + "'");
    }
  }
}
