package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.diplograph.SeedExports;
import org.diplograph.SeedGraph;
import org.diplograph.TestKnowledge;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;
import org.eclipse.rdf4j.rio.helpers.ParseErrorCollector;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exports read by toolkits that share no code with Jena: Eclipse RDF4J's Rio parsers (what
 * GraphDB and RDF4J servers use) for every RDF format, with datatype and language-tag checking on
 * and any warning counted as a failure; and Python's rdflib, when installed, for Turtle.
 */
class SecondToolkitTest {
  @ParameterizedTest
  @CsvSource({"graph.ttl, TURTLE", "graph.nt, NTRIPLES", "graph.trig, TRIG", "graph.nq, NQUADS",
      "graph.rdf, RDFXML", "graph.jsonld, JSONLD"})
  void rdf4jReadsEveryRdfExportWithoutWarnings(String file, String format) throws IOException {
    RDFFormat rdfFormat = switch (format) {
      case "TURTLE" -> RDFFormat.TURTLE;
      case "NTRIPLES" -> RDFFormat.NTRIPLES;
      case "TRIG" -> RDFFormat.TRIG;
      case "NQUADS" -> RDFFormat.NQUADS;
      case "RDFXML" -> RDFFormat.RDFXML;
      default -> RDFFormat.JSONLD;
    };
    Model model = new LinkedHashModel();
    ParseErrorCollector errors = new ParseErrorCollector();
    RDFParser parser = Rio.createParser(rdfFormat);
    ParserConfig config = parser.getParserConfig();
    config.set(BasicParserSettings.VERIFY_DATATYPE_VALUES, true);
    config.set(BasicParserSettings.FAIL_ON_UNKNOWN_DATATYPES, true);
    config.set(BasicParserSettings.VERIFY_LANGUAGE_TAGS, true);
    config.set(BasicParserSettings.VERIFY_URI_SYNTAX, true);
    parser.setParseErrorListener(errors);
    parser.setRDFHandler(new StatementCollector(model));
    try (InputStream in = Files.newInputStream(SeedExports.dir().resolve(file))) {
      parser.parse(in, "https://w3id.org/diplograph/");
    }
    assertTrue(errors.getWarnings().isEmpty() && errors.getErrors().isEmpty() && errors.getFatalErrors().isEmpty(),
        file + ": " + errors.getWarnings() + errors.getErrors() + errors.getFatalErrors());
    assertFalse(model.stream().anyMatch(st -> st.getSubject() instanceof BNode || st.getObject() instanceof BNode),
        file + " has blank nodes");
    if (format.equals("TRIG") || format.equals("NQUADS")) {
      long documents = SeedGraph.get().documents().size();
      assertEquals(documents + 2, model.contexts().size(), file + ": one graph per document plus the ontology and the events");
      long quads = SeedGraph.get().documents().values().stream().mapToLong(Graph::size).sum()
          + TestKnowledge.get().ontology().size() + SeedGraph.get().events().size();
      assertEquals(quads, model.size(), file + ": statements");
      assertFalse(model.contexts().contains((Resource) null), file + ": nothing in the default graph");
    } else {
      assertEquals(SeedGraph.get().graph().size(), model.size(), file + ": statements");
    }
  }

  /** Runs only where Debian's python3-rdflib is installed (CI installs it); pyenv's python lacks it. */
  @Test
  void rdflibReadsTheTurtleExport() throws Exception {
    Path python = Path.of("/usr/bin/python3");
    assumeTrue(Files.isExecutable(python), "no /usr/bin/python3");
    String script = "import sys, rdflib\n"
        + "g = rdflib.Graph()\n"
        + "g.parse(sys.argv[1], format='turtle')\n"
        + "print(len(g), sum(1 for t in g for n in t if isinstance(n, rdflib.BNode)))\n";
    Process check = new ProcessBuilder(python.toString(), "-c", "import rdflib").start();
    assumeTrue(check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0, "rdflib is not installed");
    Process p = new ProcessBuilder(python.toString(), "-c", script, SeedExports.dir().resolve("graph.ttl").toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "rdflib took too long");
    assertEquals(0, p.exitValue(), out);
    assertEquals(SeedGraph.get().graph().size() + " 0", out, "rdflib's triple count and blank-node count");
  }
}
