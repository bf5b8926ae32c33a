package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.diplograph.export.OntologyReference;
import org.diplograph.graph.OntologyReader;
import org.diplograph.io.AtomicFiles;

/** {@code diplograph reference}: regenerates ontology/REFERENCE.md from the ontology. */
final class ReferenceCommand implements Command {
  static final String FILE = "REFERENCE.md";

  @Override
  public String name() {
    return "reference";
  }

  @Override
  public String summary() {
    return "regenerate the ontology's reference page (ontology/REFERENCE.md), or --check that it is current";
  }

  @Override
  public Options options() {
    Options options = new Options();
    CommonOptions.addOntology(options);
    options.addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
        .desc("where to write (default: <ontology>/REFERENCE.md)").get());
    options.addOption(Option.builder().longOpt("check").desc("write nothing; exit 5 if the page is out of date").get());
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    Path ontologyDir = CommonOptions.ontology(line);
    Path target = line.hasOption("output") ? Path.of(line.getOptionValue("output")) : ontologyDir.resolve(FILE);
    String page = new OntologyReference(OntologyReader.read(ontologyDir.resolve("diplograph.ttl"))).markdown();
    boolean current = Files.isRegularFile(target) && Files.readString(target).equals(page);
    if (line.hasOption("check")) {
      console.message(target + (current ? " is up to date" : " is out of date: run 'diplograph reference'"));
      return current ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
    if (!current) {
      AtomicFiles.writeString(target, page);
    }
    console.message((current ? "unchanged " : "wrote ") + target);
    return ExitCodes.OK;
  }
}
