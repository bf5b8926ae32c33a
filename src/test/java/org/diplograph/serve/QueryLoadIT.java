package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The load-test client against the seed server: counts, percentiles and failures add up. */
class QueryLoadIT {
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
  void theShippedQueriesAllSucceedUnderConcurrentLoad() throws Exception {
    List<QueryLoad.NamedQuery> queries = shippedQueries();
    int total = 20 * queries.size(); // each query sent the same number of times
    QueryLoad.Report report = new QueryLoad(server.sparqlUrl(), queries).run(new QueryLoad.Settings(4, total, 16));
    assertEquals(0, report.failures(), report.failureSamples().toString());
    assertEquals(total, report.overall().count());
    assertEquals(queries.size(), report.byQuery().size());
    report.byQuery().values().forEach(l -> assertEquals(20, l.count()));
    Latencies l = report.overall();
    assertTrue(0 < l.p50() && l.p50() <= l.p95() && l.p95() <= l.p99() && l.p99() <= l.max(), l.toString());
    assertTrue(report.queriesPerSecond() > 0);
  }

  @Test
  void failedRequestsAreCounted() throws Exception {
    List<QueryLoad.NamedQuery> queries = List.of(new QueryLoad.NamedQuery("ok", "ASK {}"),
        new QueryLoad.NamedQuery("broken", "SELECT WHERE {"));
    QueryLoad.Report report = new QueryLoad(server.sparqlUrl(), queries).run(new QueryLoad.Settings(2, 20, 0));
    assertEquals(10, report.failures());
    assertTrue(report.failureSamples().get(0).startsWith("broken: HTTP 400"), report.failureSamples().toString());
  }

  private static List<QueryLoad.NamedQuery> shippedQueries() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("queries"))) {
      return files.filter(p -> p.toString().endsWith(".rq")).sorted()
          .map(p -> new QueryLoad.NamedQuery(p.getFileName().toString(), read(p))).toList();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
