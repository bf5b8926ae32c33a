package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.SeedGraph;
import org.diplograph.store.DatasetFile;
import org.diplograph.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuseki started from the shipped fuseki/config.ttl over a TDB2 store loaded as
 * {@code diplograph load} does. Two values are adjusted for the test, nothing else: the database
 * location (a temporary folder) and the timeout (1 s instead of 30 s, so the runaway check is quick).
 */
class FusekiConfigIT {
  private static final Path CONFIG = Path.of("fuseki/config.ttl");
  private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
  private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";

  @TempDir
  static Path dir;

  private static FusekiServer server;
  private static String dataset;

  @BeforeAll
  static void start() {
    Path tdb = dir.resolve("tdb2");
    try (TdbStore store = TdbStore.open(tdb)) {
      store.replaceAll(DatasetFile.namedGraphs(SeedGraph.output().resolve("graph.trig")));
    }
    Model config = RDFDataMgr.loadModel(CONFIG.toString());
    replace(config, TDB2 + "location", "output/tdb2", tdb.toString());
    replace(config, JA + "cxtValue", "30000", "1000");
    server = FusekiServer.create().port(0).parseConfig(config).build().start();
    dataset = server.datasetURL("diplograph");
  }

  @AfterAll
  static void stop() {
    var database = server.getDataAccessPointRegistry().get("/diplograph").getDataService().getDataset();
    server.stop();
    TDBInternal.expel(database);
  }

  @Test
  void answersWhoMetWhomFromTheUnionDefaultGraph() throws IOException {
    List<String> rows = new ArrayList<>();
    try (RDFConnection connection = RDFConnection.connect(dataset)) {
      connection.querySelect(Files.readString(Path.of("queries/who-met-whom.rq")), row ->
          rows.add(row.getLiteral("a").getString() + " | " + row.getLiteral("b").getString() + " | "
              + row.getLiteral("document").getString()));
      long triples = count(connection, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
      long graphs = count(connection, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
      assertEquals(SeedGraph.get().graph().size(), triples);
      assertEquals(SeedGraph.get().documents().size() + 2, graphs, "documents, the ontology and the events");
    }
    assertTrue(rows.contains("Xi Jinping | Vladimir Putin | 004_e25c9ce347118446"), rows::toString);
  }

  @Test
  void refusesUpdatesAndGraphWrites() {
    String insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }";
    for (String url : List.of(dataset, dataset + "/update", dataset + "/sparql")) {
      HttpResponse<String> response = SeedServer.send(HttpRequest.newBuilder(URI.create(url))
          .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert)).build());
      assertClientError(response);
    }
    for (String url : List.of(dataset + "/data?default", dataset + "/get?default", dataset + "?default")) {
      HttpResponse<String> response = SeedServer.send(HttpRequest.newBuilder(URI.create(url))
          .header("Content-Type", "text/turtle")
          .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> 1 .")).build());
      assertClientError(response);
    }
    try (RDFConnection connection = RDFConnection.connect(dataset)) {
      assertEquals(0, count(connection, "SELECT (COUNT(*) AS ?n) { GRAPH <http://example.org/g> { ?s ?p ?o } }"));
      assertEquals(SeedGraph.get().graph().size(), count(connection, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
    }
  }

  @Test
  void sendsNoFederatedServiceRequests() {
    try (FederationProbe probe = new FederationProbe()) {
      ReadOnlyServerIT.assertRefusedOrFailed(SeedServer.send(SeedServer.sparqlPost(dataset + "/sparql", probe.serviceQuery(), "application/sparql-results+json")));
      assertEquals(0, probe.requests(), "the endpoint called the SERVICE address");
    }
  }

  @Test
  void cancelsARunawayQuery() {
    long start = System.nanoTime();
    HttpResponse<String> response = SeedServer.send(SeedServer.sparqlPost(dataset + "/sparql",
        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "application/sparql-results+json"));
    assertEquals(503, response.statusCode(), response.body());
    assertTrue(System.nanoTime() - start < 10_000_000_000L, "took " + (System.nanoTime() - start) / 1e9 + " s");
  }

  private static void assertClientError(HttpResponse<String> response) {
    assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
        response.request().uri() + " gave " + response.statusCode());
  }

  private static long count(RDFConnection connection, String query) {
    long[] n = new long[1];
    connection.querySelect(query, row -> n[0] = row.getLiteral("n").getLong());
    return n[0];
  }

  /** Replaces the one value {@code shipped} of {@code property} in the config with {@code value}. */
  private static void replace(Model config, String property, String shipped, String value) {
    Property p = config.createProperty(property);
    List<Statement> statements = config.listStatements(null, p, (String) null).toList().stream()
        .filter(st -> st.getObject().isLiteral() && st.getLiteral().getLexicalForm().equals(shipped)).toList();
    assertEquals(1, statements.size(), property + " " + shipped);
    Resource subject = statements.get(0).getSubject();
    Literal old = statements.get(0).getLiteral();
    assertEquals(shipped, old.getString(), "the shipped " + property);
    config.remove(statements.get(0));
    config.add(subject, p, value);
  }
}
