package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With write access, updates and graph writes need the one account's credentials; reads stay
 * open, and the dataset URL itself still takes no writes.
 */
class WriteAccessIT {
  private static final WriteAccess EDITOR = new WriteAccess("editor", "correct horse battery");
  private static final String GRAPH = "http://example.org/notes";

  private static GraphServer server;
  private static ServedData data;

  @BeforeAll
  static void start() {
    data = ServedData.fromFileWritable(SeedServer.trig());
    server = GraphServer.start(ServeSettings.builder().port(0).writeAccess(EDITOR).build(), data);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void updateWithoutCredentialsIsChallenged() {
    HttpResponse<String> response = SeedServer.send(update(insert("anonymous"), null));
    assertEquals(401, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), response.headers().toString());
    assertFalse(holds("anonymous"));
  }

  @Test
  void updateWithAWrongPasswordIsRefused() {
    HttpResponse<String> response = SeedServer.send(update(insert("guessed"), "editor:wrong password"));
    assertEquals(401, response.statusCode(), response.body());
    assertFalse(holds("guessed"));
  }

  @Test
  void updateWithTheCredentialsIsApplied() {
    HttpResponse<String> response = SeedServer.send(update(insert("by the editor"), "editor:correct horse battery"));
    assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
    assertTrue(holds("by the editor"));
  }

  @Test
  void graphStoreWriteNeedsTheCredentialsToo() {
    String url = server.datasetUrl() + "/data?graph=" + URLEncoder.encode(GRAPH, StandardCharsets.UTF_8);
    HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/turtle")
        .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> \"put\" ."));
    assertEquals(401, SeedServer.send(put.build()).statusCode());
    assertFalse(holds("put"));
    put.header("Authorization", basic("editor:correct horse battery"));
    int status = SeedServer.send(put.build()).statusCode();
    assertTrue(status / 100 == 2, "PUT with credentials gave " + status);
    assertTrue(holds("put"));
  }

  @Test
  void readsStayOpenAndTheDatasetUrlStaysReadOnly() {
    HttpResponse<String> query = SeedServer.send(SeedServer.sparqlPost(server.sparqlUrl(), "ASK { ?s ?p ?o }",
        "application/sparql-results+json"));
    assertEquals(200, query.statusCode(), query.body());
    HttpResponse<String> onDataset = SeedServer.send(HttpRequest.newBuilder(URI.create(server.datasetUrl()))
        .header("Content-Type", "application/sparql-update").header("Authorization", basic("editor:correct horse battery"))
        .POST(HttpRequest.BodyPublishers.ofString(insert("on the dataset URL"))).build());
    assertTrue(onDataset.statusCode() >= 400 && onDataset.statusCode() < 500, onDataset.statusCode() + "");
    assertFalse(holds("on the dataset URL"));
  }

  @Test
  void thePasswordNeverShowsInToString() {
    assertFalse(EDITOR.toString().contains("horse"), EDITOR.toString());
  }

  private static String insert(String text) {
    return "INSERT DATA { GRAPH <" + GRAPH + "> { <http://example.org/s> <http://example.org/p> \"" + text + "\" } }";
  }

  private static HttpRequest update(String update, String credentials) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
        .header("Content-Type", "application/sparql-update").timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(update));
    if (credentials != null) {
      request.header("Authorization", basic(credentials));
    }
    return request.build();
  }

  private static String basic(String credentials) {
    return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean holds(String text) {
    return Txn.calculateRead(data.dataset(), () -> data.dataset().contains(NodeFactory.createURI(GRAPH),
        NodeFactory.createURI("http://example.org/s"), NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString(text)));
  }
}
