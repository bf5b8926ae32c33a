package org.diplograph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.diplograph.export.GraphSource;
import org.diplograph.graph.OntologyReader;
import org.diplograph.io.AtomicFiles;
import org.diplograph.validate.GraphContract;
import org.diplograph.validate.SafeProfileCheck;
import org.diplograph.validate.ShapeCheck;

/** {@code diplograph validate}: any graph file against the shapes and the safe RDF profile. */
final class ValidateCommand implements Command {
  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String summary() {
    return "check a graph file against ontology/shapes.ttl (SHACL) and the safe RDF profile; exit 5 on violations";
  }

  @Override
  public String arguments() {
    return "[options] [GRAPH-FILE (default: output/graph.ttl)]";
  }

  @Override
  public Options options() {
    Options options = new Options();
    CommonOptions.addOntology(options);
    options.addOption(Option.builder().longOpt("shapes").hasArg().argName("FILE")
        .desc("SHACL shapes (default: <ontology>/shapes.ttl)").get());
    options.addOption(Option.builder().longOpt("report").hasArg().argName("FILE")
        .desc("also write the SHACL validation report there, as Turtle").get());
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    Path file = line.getArgList().isEmpty() ? Path.of("output", "graph.ttl") : Path.of(line.getArgList().get(0));
    Path ontologyDir = CommonOptions.ontology(line);
    Path shapes = line.hasOption("shapes") ? Path.of(line.getOptionValue("shapes"))
        : ontologyDir.resolve(GraphContract.SHAPES_FILE);
    Graph ontology = OntologyReader.read(ontologyDir.resolve("diplograph.ttl"));
    Graph graph = GraphSource.load(file).merged();

    List<String> problems = new ArrayList<>(new SafeProfileCheck().check(graph));
    int unsafe = problems.size();
    ShapeCheck shapeCheck = ShapeCheck.load(shapes, ontology);
    ValidationReport report = shapeCheck.validate(graph);
    problems.addAll(ShapeCheck.describe(report));
    if (line.hasOption("report")) {
      AtomicFiles.write(Path.of(line.getOptionValue("report")),
          out -> RDFDataMgr.write(out, report.getModel(), Lang.TURTLE));
    }
    problems.forEach(console.out()::println);
    console.out().flush();
    if (problems.isEmpty()) {
      console.message(file + " conforms to " + shapes + " and the safe RDF profile (" + graph.size() + " triples)");
      return ExitCodes.OK;
    }
    console.message(file + ": " + problems.size() + " problem(s): " + unsafe + " against the safe RDF profile, "
        + (problems.size() - unsafe) + " against " + shapes);
    return ExitCodes.CHECK_FAILED;
  }
}
