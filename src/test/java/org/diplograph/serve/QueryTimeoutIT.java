package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A runaway query is cancelled by the server's timeout, and the server goes on answering. The
 * runaway is a three-way cross product of the seed graph's ~1,500 triples: 3.5 billion rows,
 * minutes of work without the timeout.
 */
class QueryTimeoutIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(1);
  private static final String COUNT_RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
  private static final String STREAM_RUNAWAY = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

  private static GraphServer server;

  @BeforeAll
  static void start() {
    server = SeedServer.start(ServeSettings.builder().queryTimeout(TIMEOUT));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void runawayAggregateIsCancelledWithServiceUnavailable() {
    long before = server.queryTimeouts();
    long start = System.nanoTime();
    HttpResponse<String> response = SeedServer.send(SeedServer.sparqlPost(server.sparqlUrl(), COUNT_RUNAWAY,
        "application/sparql-results+json"));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertEquals(503, response.statusCode(), response.body());
    assertTrue(response.body().toLowerCase(java.util.Locale.ROOT).contains("timed out"), response.body());
    assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
    assertEquals(before + 1, server.queryTimeouts());
    assertServerStillAnswers();
  }

  @Test
  void clientCannotAskForMoreTimeThanTheServerGives() {
    long start = System.nanoTime();
    HttpResponse<String> response = SeedServer.send(SeedServer.sparqlPost(server.sparqlUrl() + "?timeout=600",
        COUNT_RUNAWAY, "application/sparql-results+json"));
    assertEquals(503, response.statusCode(), response.body());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(10)) < 0);
  }

  @Test
  void runawayStreamIsCutOff() {
    // Results stream as they are found, so the 200 is sent before the timeout strikes; the server
    // then stops the query and ends the response with Fuseki's "incomplete results" trailer.
    long start = System.nanoTime();
    HttpResponse<String> response = SeedServer.send(SeedServer.sparqlPost(server.sparqlUrl(), STREAM_RUNAWAY,
        "text/tab-separated-values"));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    String body = response.body();
    String tail = body.substring(Math.max(0, body.length() - 200));
    assertEquals(200, response.statusCode(), tail);
    assertTrue(tail.contains("Query cancelled due to timeout") && tail.contains("Incomplete results"), tail);
    assertTrue(took.compareTo(Duration.ofSeconds(15)) < 0, "took " + took + " for " + body.length() + " chars");
    assertServerStillAnswers();
  }

  @Test
  void rdfConnectionSeesTheCancellation() {
    try (RDFConnection connection = RDFConnection.connect(server.datasetUrl())) {
      QueryExceptionHTTP e = assertThrows(QueryExceptionHTTP.class, () -> connection.querySelect(COUNT_RUNAWAY, row -> {}));
      assertEquals(503, e.getStatusCode(), e.toString());
    }
  }

  @Test
  void runawayIsCancelledWhileOtherClientsAreServed() throws Exception {
    // Eight clients keep sending ordinary queries while the runaway runs: the runaway gets its 503,
    // their queries are answered meanwhile, and not one fails.
    String ordinary = server.sparqlUrl() + "?query=" + java.net.URLEncoder.encode(
        "SELECT ?c (COUNT(*) AS ?n) { ?s a ?c } GROUP BY ?c", java.nio.charset.StandardCharsets.UTF_8);
    java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    java.util.concurrent.atomic.AtomicLong answered = new java.util.concurrent.atomic.AtomicLong();
    java.util.List<String> failed = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      for (int c = 0; c < 8; c++) {
        clients.submit(() -> {
          while (!stop.get()) {
            try {
              HttpResponse<String> r = SeedServer.send(HttpRequest.newBuilder(URI.create(ordinary))
                  .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).build());
              if (r.statusCode() == 200) {
                answered.incrementAndGet();
              } else {
                failed.add(r.statusCode() + " " + r.body());
              }
            } catch (RuntimeException e) {
              failed.add(e.toString());
            }
          }
        });
      }
      long before = server.queryTimeouts();
      long answeredBefore = answered.get();
      HttpResponse<String> response = SeedServer.send(SeedServer.sparqlPost(server.sparqlUrl(), COUNT_RUNAWAY,
          "application/sparql-results+json"));
      long answeredDuring = answered.get() - answeredBefore;
      stop.set(true);
      assertEquals(503, response.statusCode(), response.body());
      assertEquals(before + 1, server.queryTimeouts());
      assertTrue(answeredDuring > 0, "no other query was answered while the runaway ran");
    } finally {
      stop.set(true);
      clients.shutdown();
      assertTrue(clients.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS));
    }
    assertEquals(java.util.List.of(), failed);
    assertServerStillAnswers();
  }

  private static void assertServerStillAnswers() {
    HttpResponse<String> response = SeedServer.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()
        + "?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D")).timeout(Duration.ofSeconds(5)).build());
    assertEquals(200, response.statusCode(), response.body());
  }
}
