package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.diplograph.graph.Vocabulary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The default server is read-only: every way of writing over HTTP is refused with a 4xx and the
 * data stays as it was; there are no admin endpoints; it listens on the loopback interface only.
 */
class ReadOnlyServerIT {
  private static final String DOC = Vocabulary.DOC + "001_99a768fa90f01708";
  private static final String INSERT = "INSERT DATA { GRAPH <" + DOC + "> { <urn:x:s> <urn:x:p> \"injected\" } }";
  private static final String DROP = "DROP ALL";
  private static final String TURTLE = "<urn:x:s> <urn:x:p> \"injected\" .";

  private static GraphServer server;
  private static ServedData data;
  private static DatasetGraph before;

  @BeforeAll
  static void start() {
    data = ServedData.fromFile(SeedServer.trig());
    server = GraphServer.start(ServeSettings.builder().port(0).build(), data);
    before = snapshot();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0} {1} as {2}")
  @CsvSource(delimiter = '|', textBlock = """
      POST | /update                | application/sparql-update
      POST |                        | application/sparql-update
      POST | /sparql                | application/sparql-update
      POST | /query                 | application/sparql-update
      POST | /update                | form
      POST |                        | form
      POST | /sparql                | form""")
  void sparqlUpdateIsRefused(String method, String path, String body) {
    for (String update : new String[] {INSERT, DROP}) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + (path == null ? "" : path)))
          .timeout(Duration.ofSeconds(30));
      if (body.equals("form")) {
        request.header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)));
      } else {
        request.header("Content-Type", body).POST(HttpRequest.BodyPublishers.ofString(update));
      }
      assertRefused(SeedServer.send(request.build()));
    }
    assertUnchanged();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      PUT    | /data?graph=%s
      POST   | /data?graph=%s
      DELETE | /data?graph=%s
      PUT    | /data?default
      POST   | /data?default
      DELETE | /data?default
      PUT    | /get?graph=%s
      POST   | /get?graph=%s
      DELETE | /get?graph=%s
      PUT    | ?graph=%s
      POST   | ?graph=%s
      DELETE | ?graph=%s
      POST   | ''
      PUT    | ''
      PATCH  | ''""")
  void graphStoreWritesAreRefused(String method, String target) {
    String url = server.datasetUrl() + target.formatted(URLEncoder.encode(DOC, StandardCharsets.UTF_8));
    boolean withBody = !method.equals("DELETE");
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", target.isEmpty() ? "application/trig" : "text/turtle")
        .method(method, withBody ? HttpRequest.BodyPublishers.ofString(TURTLE) : HttpRequest.BodyPublishers.noBody())
        .build();
    assertRefused(SeedServer.send(request));
    assertUnchanged();
  }

  @Test
  void rdfConnectionWritesFail() {
    Model injected = ModelFactory.createDefaultModel();
    injected.add(injected.createResource("urn:x:s"), injected.createProperty("urn:x:p"), "injected");
    try (RDFConnection connection = RDFConnection.connect(server.datasetUrl())) {
      assertClientError(assertThrows(HttpException.class, () -> connection.update(INSERT)));
      assertClientError(assertThrows(HttpException.class, () -> connection.load(DOC, injected)));
      assertClientError(assertThrows(HttpException.class, () -> connection.put(DOC, injected)));
      assertClientError(assertThrows(HttpException.class, () -> connection.delete(DOC)));
      assertClientError(assertThrows(HttpException.class, () -> connection.putDataset(DatasetFactory.create(injected))));
    }
    assertUnchanged();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"/$/ping", "/$/stats", "/$/metrics", "/$/datasets", "/$/server", "/$/compact/diplograph", "/$/tasks",
      "/$/backup/diplograph", "/$/reload"})
  void noAdminEndpoints(String path) {
    for (String method : new String[] {"GET", "POST"}) {
      HttpResponse<String> response = SeedServer.send(HttpRequest.newBuilder(URI.create("http://localhost:"
          + server.port() + path)).method(method, HttpRequest.BodyPublishers.noBody()).build());
      assertEquals(404, response.statusCode(), method + " " + path + ": " + response.body());
    }
  }

  @Test
  void sendsNoFederatedServiceRequests() {
    try (FederationProbe probe = new FederationProbe()) {
      HttpResponse<String> response = SeedServer.send(SeedServer.sparqlPost(
          "http://localhost:" + server.port() + "/diplograph/sparql", probe.serviceQuery(), "application/sparql-results+json"));
      assertRefusedOrFailed(response);
      assertEquals(0, probe.requests(), "the endpoint called the SERVICE address");
    }
  }

  @Test
  void listensOnTheLoopbackInterfaceOnly() throws IOException {
    Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
        .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
        .findFirst();
    Assumptions.assumeTrue(external.isPresent(), "this machine has no non-loopback address to try");
    try (Socket local = new Socket()) {
      local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 2000);
    }
    try (Socket outside = new Socket()) {
      assertThrows(IOException.class, () -> outside.connect(new InetSocketAddress(external.get(), server.port()), 2000),
          "connected through " + external.get());
    }
  }

  static void assertRefusedOrFailed(HttpResponse<String> response) {
    assertTrue(response.statusCode() >= 400, "SERVICE query answered " + response.statusCode() + ": " + response.body());
  }

  private static void assertRefused(HttpResponse<String> response) {
    int status = response.statusCode();
    assertTrue(status >= 400 && status < 500, response.request().method() + " " + response.request().uri() + " gave "
        + status + ": " + response.body());
  }

  private static void assertClientError(HttpException e) {
    assertTrue(e.getStatusCode() >= 400 && e.getStatusCode() < 500, e.toString());
  }

  private static void assertUnchanged() {
    DatasetGraph now = snapshot();
    assertEquals(before.size(), now.size(), "named graphs");
    before.listGraphNodes().forEachRemaining(g ->
        assertTrue(before.getGraph(g).isIsomorphicWith(now.getGraph(g)), "graph " + g + " changed"));
    // The default graph is the union, materialised once: it must stay exactly that.
    assertTrue(before.getDefaultGraph().isIsomorphicWith(now.getDefaultGraph()), "default graph written");
  }

  /** A copy of the served dataset, read directly (not over HTTP). */
  private static DatasetGraph snapshot() {
    DatasetGraph copy = DatasetGraphFactory.create();
    Txn.executeRead(data.dataset(), () -> data.dataset().find().forEachRemaining(copy::add));
    return copy;
  }
}
