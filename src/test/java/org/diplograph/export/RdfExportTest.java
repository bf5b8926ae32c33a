package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.SeedExports;
import org.diplograph.SeedGraph;
import org.diplograph.TestKnowledge;
import org.diplograph.graph.Vocabulary;
import org.diplograph.pipeline.GraphCheck;
import org.diplograph.validate.GraphContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every RDF export of the seed graph, read back by Jena in strict mode (warnings are errors): same
 * triples as the graph built in memory, the safe profile, and conformance to the shapes.
 */
class RdfExportTest {
  private static final Graph SEED = SeedGraph.get().graph();

  @ParameterizedTest
  @ValueSource(strings = {"graph.ttl", "graph.nt", "graph.jsonld", "graph.rdf"})
  void tripleExportsReadBackStrictlyToTheSameGraph(String file) {
    Graph read = parseStrict(SeedExports.dir().resolve(file));
    assertEquals(SEED.size(), read.size(), file + ": triple count");
    assertTrue(read.isIsomorphicWith(SEED), file + " differs from the graph built in memory");
    assertPassesTheContract(read, file);
  }

  @ParameterizedTest
  @ValueSource(strings = {"graph.trig", "graph.nq"})
  void quadExportsKeepOneNamedGraphPerDocumentPlusTheOntologyAndTheEvents(String file) {
    DatasetGraph read = DatasetGraphFactory.create();
    RDFParser.source(SeedExports.dir().resolve(file)).strict(true)
        .errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(read);
    Set<String> names = new TreeSet<>();
    read.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
    Set<String> expected = new TreeSet<>();
    expected.add(Vocabulary.ONTOLOGY_GRAPH);
    expected.add(Vocabulary.EVENTS_GRAPH);
    SeedGraph.get().documents().keySet().forEach(id -> expected.add(Vocabulary.DOC + id));
    assertEquals(expected, names, file + ": named graphs");
    assertTrue(read.getDefaultGraph().isEmpty(), file + ": nothing outside the named graphs");
    for (Map.Entry<String, Graph> doc : SeedGraph.get().documents().entrySet()) {
      Graph named = read.getGraph(org.apache.jena.graph.NodeFactory.createURI(Vocabulary.DOC + doc.getKey()));
      assertTrue(named.isIsomorphicWith(doc.getValue()), file + ": graph of " + doc.getKey());
    }
    long quads = SeedGraph.get().documents().values().stream().mapToLong(Graph::size).sum()
        + TestKnowledge.get().ontology().size() + SeedGraph.get().events().size();
    assertEquals(quads, read.stream().count(), file + ": quad count");
    GraphSource loaded = GraphSource.load(SeedExports.dir().resolve(file));
    assertEquals(SEED.size(), loaded.merged().size(), file + ": the union of its graphs is the merged graph");
    assertPassesTheContract(loaded.merged(), file);
  }

  @ParameterizedTest
  @ValueSource(strings = {"graph.ttl", "graph.trig"})
  void turtleUsesPrefixDirectivesAndNoBlankNodesOrRdfStar(String file) throws IOException {
    List<String> lines = Files.readAllLines(SeedExports.dir().resolve(file));
    assertTrue(lines.get(0).startsWith("@prefix "), file + " starts with @prefix");
    for (String line : lines) {
      assertFalse(line.regionMatches(true, 0, "PREFIX ", 0, 7) && !line.startsWith("@"), file + ": " + line);
      assertFalse(line.regionMatches(true, 0, "BASE ", 0, 5), file + ": " + line);
      assertFalse(line.contains("<<"), file + " has RDF-star: " + line);
      assertFalse(line.strip().startsWith("_:") || line.contains(" _:") || line.contains("[ "), file + ": " + line);
    }
  }

  @Test
  void jsonLdEmbedsThePublishedContextFirst() throws IOException {
    JsonObject exported = readJson(SeedExports.dir().resolve("graph.jsonld"));
    JsonObject published = readJson(TestKnowledge.ONTOLOGY.resolve("context.jsonld"));
    assertEquals(published.get("@context"), exported.get("@context"));
    assertEquals("@context", exported.keySet().iterator().next());
    String text = Files.readString(SeedExports.dir().resolve("graph.jsonld"));
    assertTrue(text.contains("\"confidence\": \"0.80\""), "terms of the context are used");
  }

  @Test
  void contextHasATermForEveryPropertyOfTheOntology() throws IOException {
    JsonObject context = readJson(TestKnowledge.ONTOLOGY.resolve("context.jsonld")).getJsonObject("@context");
    Set<String> terms = new TreeSet<>();
    context.forEach((term, definition) -> {
      if (definition instanceof JsonObject object) {
        terms.add(object.getString("@id"));
      }
    });
    List<String> missing = new ArrayList<>();
    Graph ontology = TestKnowledge.get().ontology();
    for (String type : List.of("ObjectProperty", "DatatypeProperty")) {
      ontology.find(Node.ANY, Vocabulary.TYPE, org.apache.jena.graph.NodeFactory.createURI(Vocabulary.OWL + type))
          .forEachRemaining(t -> {
            String compact = "dg:" + t.getSubject().getLocalName();
            if (!terms.contains(compact)) {
              missing.add(compact);
            }
          });
    }
    assertTrue(missing.isEmpty(), "ontology/context.jsonld has no term for " + missing);
  }

  @Test
  void exportsAreByteForByteReproducible() throws IOException {
    Path again = Files.createTempDirectory("diplograph-exports-again");
    List<ExportedFile> second = SeedExports.exporter().export(SeedExports.source(), again);
    assertEquals(SeedExports.files().size(), second.size());
    for (ExportedFile f : SeedExports.files()) {
      Path other = again.resolve(SeedExports.dir().relativize(f.path()));
      assertArrayEquals(Files.readAllBytes(f.path()), Files.readAllBytes(other), "differs between runs: " + f.path());
    }
  }

  static Graph parseStrict(Path file) {
    Graph graph = GraphFactory.createDefaultGraph();
    RDFParser.source(file).strict(true).errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(graph);
    return graph;
  }

  static void assertPassesTheContract(Graph graph, String what) {
    for (GraphCheck check : GraphContract.checks(TestKnowledge.ONTOLOGY, TestKnowledge.get().ontology())) {
      List<String> problems = check.check(graph);
      assertTrue(problems.isEmpty(), what + " fails " + check.name() + ":\n" + String.join("\n", problems));
    }
  }

  private static JsonObject readJson(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file)) {
      return Json.createReader(reader).readObject();
    }
  }
}
