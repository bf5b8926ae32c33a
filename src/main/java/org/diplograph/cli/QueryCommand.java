package org.diplograph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.diplograph.query.GraphQuery;

/** {@code diplograph query}: SPARQL over the built graph. */
final class QueryCommand implements Command {
  @Override
  public String name() {
    return "query";
  }

  @Override
  public String summary() {
    return "run a SPARQL query (a file or a string) over the graph and print the answer";
  }

  @Override
  public String arguments() {
    return "[options] QUERY-FILE-OR-TEXT [graph.ttl]";
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder("f").longOpt("format").hasArg().argName("FORMAT")
        .desc("table (default), csv, tsv or json; CONSTRUCT/DESCRIBE always give Turtle").get());
    CommonOptions.addOutput(options);
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    if (line.getArgList().isEmpty()) {
      throw new UsageException("give a query file or query text, e.g. queries/who-met-whom.rq");
    }
    String text = CommonOptions.fileOrText(line.getArgList().get(0));
    GraphQuery.load(CommonOptions.graphFile(line, 1)).run(text, GraphQuery.format(line.getOptionValue("format", "table")), console.out());
    console.out().flush();
    return ExitCodes.OK;
  }
}
