package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.diplograph.SeedGraph;
import org.diplograph.graph.Vocabulary;
import org.diplograph.store.TdbTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedded server over the seed graph, queried with Jena's RDFConnection over real HTTP. */
class GraphServerIT {
  private static final String PREFIXES = """
      PREFIX dg:   <https://w3id.org/diplograph/ontology#>
      PREFIX id:   <https://w3id.org/diplograph/id/>
      PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      """;

  private static GraphServer server;

  @BeforeAll
  static void start() {
    server = SeedServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void answersWhoMetWhomAsTheLocalGraphDoes() throws IOException {
    String query = Files.readString(Path.of("queries/who-met-whom.rq"));
    List<String> served = new ArrayList<>();
    try (RDFConnection connection = RDFConnection.connect(server.datasetUrl())) {
      connection.querySelect(query, row -> served.add(meeting(row)));
    }
    assertTrue(served.contains("Xi Jinping | met with | Vladimir Putin | Beijing | 001_99a768fa90f01708"), served::toString);
    assertTrue(served.contains("Sergey Lavrov | met with | Wang Yi | South Africa | 000_ef2881d829f6ae15"), served::toString);
    // The default graph is the union of the named graphs: same rows as over the merged graph.ttl.
    List<String> local = new ArrayList<>();
    Model merged = ModelFactory.createModelForGraph(SeedGraph.get().graph());
    try (QueryExecution exec = QueryExecution.model(merged).query(query).build()) {
      exec.execSelect().forEachRemaining(row -> local.add(meeting(row)));
    }
    assertEquals(local, served);
  }

  @Test
  void namesTheDocumentsThatSupportAStatement() {
    String query = PREFIXES + """
        SELECT ?g ?source WHERE {
          GRAPH ?g { ?m rdf:subject id:Xi_Jinping ; rdf:predicate dg:metWith ; rdf:object id:Vladimir_Putin ;
                        dg:modality dg:asserted ; prov:wasDerivedFrom ?source }
        }""";
    Set<String> graphs = new TreeSet<>();
    try (RDFConnection connection = RDFConnection.connect(server.datasetUrl())) {
      connection.querySelect(query, row -> {
        assertEquals(row.getResource("g"), row.getResource("source"), "a statement lives in its document's graph");
        graphs.add(row.getResource("g").getURI());
      });
    }
    assertEquals(Set.of(Vocabulary.DOC + "001_99a768fa90f01708", Vocabulary.DOC + "004_e25c9ce347118446"), graphs);
  }

  @Test
  void defaultGraphIsTheUnionOfTheOntologyTheEventsAndEveryDocument() {
    try (RDFConnection connection = RDFConnection.connect(server.datasetUrl())) {
      long triples = count(connection, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
      long graphs = count(connection, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
      assertEquals(SeedGraph.get().graph().size(), triples);
      assertEquals(SeedGraph.get().documents().size() + 2, graphs, "documents, the ontology and the events");
    }
  }

  @Test
  void returnsEachDocumentAndTheOntologyAsTheirOwnGraph() {
    try (RDFConnection connection = RDFConnection.connect(server.datasetUrl())) {
      SeedGraph.get().documents().forEach((id, expected) -> {
        Graph served = connection.fetch(Vocabulary.DOC + id).getGraph();
        // Served from TDB2, which gives numbers and dates back in canonical form (0.90 as 0.9).
        assertTrue(served.isIsomorphicWith(TdbTerms.asStored(expected)), "graph of " + id);
      });
      Graph ontology = connection.fetch(Vocabulary.ONTOLOGY_GRAPH).getGraph();
      assertTrue(ontology.size() > 100 && ontology.contains(Vocabulary.dg("metWith"), Vocabulary.TYPE,
          org.apache.jena.graph.NodeFactory.createURI(Vocabulary.OWL + "ObjectProperty")), "ontology graph");
    }
  }

  @Test
  void aPortInUseIsReportedAsSuch() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GraphServer.start(
        ServeSettings.builder().port(server.port()).build(), ServedData.fromFile(SeedServer.trig())));
    assertTrue(e.getMessage().contains("port " + server.port() + " is in use"), e.getMessage());
  }

  private static long count(RDFConnection connection, String query) {
    long[] n = new long[1];
    connection.querySelect(query, row -> n[0] = row.getLiteral("n").getLong());
    return n[0];
  }

  private static String meeting(QuerySolution row) {
    return String.join(" | ", text(row, "a"), text(row, "relation"), text(row, "b"), text(row, "place"),
        text(row, "document"));
  }

  private static String text(QuerySolution row, String name) {
    return row.contains(name) ? row.getLiteral(name).getString() : "";
  }
}
