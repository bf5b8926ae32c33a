package org.diplograph.cli;

import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.diplograph.events.EventExplanation;

/** {@code diplograph explain}: an event's consensus, its mentions and the rule that joined each. */
final class ExplainCommand implements Command {
  @Override
  public String name() {
    return "explain";
  }

  @Override
  public String summary() {
    return "show a merged event: its consensus, every mention and the rule that put it there";
  }

  @Override
  public String arguments() {
    return "[options] EVENT-IRI [graph.ttl]";
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
      throw new UsageException("give an event IRI, e.g. https://w3id.org/diplograph/event/Consult/2025-02-17/Russia+United_States"
          + " (or the part after event/)");
    }
    Dataset dataset = DatasetFactory.create();
    RDFParser.source(CommonOptions.graphFile(line, 1)).parse(dataset);
    EventExplanation explanation = new EventExplanation(dataset);
    String asked = line.getArgList().get(0);
    var iri = explanation.find(asked);
    if (iri.isEmpty()) {
      List<String> similar = explanation.similar(asked);
      console.message("no event " + asked + " in the graph" + (similar.isEmpty() ? ""
          : "; events like it:\n  " + String.join("\n  ", similar)));
      return ExitCodes.USAGE;
    }
    console.out().print(explanation.explain(iri.get()));
    console.out().flush();
    return ExitCodes.OK;
  }
}
