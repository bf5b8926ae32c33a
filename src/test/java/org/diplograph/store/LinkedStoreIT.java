package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.serve.GraphServer;
import org.diplograph.serve.ServeSettings;
import org.diplograph.serve.ServedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Swapping a freshly loaded TDB2 database under a running server: the server follows a symbolic
 * link; while four clients query it over HTTP without pause, the link is moved (by rename, as
 * {@code docs/spark.md} says) to another database. Every query succeeds, and the answers go from
 * the old database's to the new one's and never back.
 */
class LinkedStoreIT {
  @TempDir
  Path tmp;

  private static void store(Path dir, int graphs) {
    Map<String, Graph> content = new java.util.TreeMap<>();
    for (int g = 0; g < graphs; g++) {
      Graph graph = GraphFactory.createDefaultGraph();
      for (int i = 0; i < 50; i++) {
        graph.add(Triple.create(NodeFactory.createURI("https://example.org/s" + i),
            NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("g" + g + "o" + i)));
      }
      content.put("https://example.org/graph/" + g, graph);
    }
    try (TdbStore store = TdbStore.open(dir)) {
      store.replaceAll(content);
    }
  }

  private static long graphs(String url) {
    try (QueryExecution q = QueryExecution.service(url).query(
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").build()) {
      return q.execSelect().next().getLiteral("n").getLong();
    }
  }

  @Test
  void movingTheLinkSwitchesTheServerWithoutAFailedQuery() throws Exception {
    Path old = tmp.resolve("graph-1");
    Path fresh = tmp.resolve("graph-2");
    store(old, 3);
    store(fresh, 5);
    Path link = tmp.resolve("graph");
    Files.createSymbolicLink(link, old);

    LinkedStore linked = LinkedStore.open(link);
    linked.watch(Duration.ofMillis(200), m -> { });
    try (GraphServer server = GraphServer.start(ServeSettings.builder().port(0).build(),
        ServedData.fromLinkedTdb(linked))) {
      String url = server.sparqlUrl();
      assertEquals(3, graphs(url));
      List<List<Long>> perClient = new CopyOnWriteArrayList<>();
      ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
      AtomicBoolean stop = new AtomicBoolean();
      List<Thread> clients = new java.util.ArrayList<>();
      for (int c = 0; c < 4; c++) {
        List<Long> answers = new CopyOnWriteArrayList<>();
        perClient.add(answers);
        Thread t = new Thread(() -> {
          // bounded: at most 20 s and 5,000 queries per client, to this machine only
          long deadline = System.nanoTime() + 20_000_000_000L;
          for (int i = 0; i < 5_000 && !stop.get() && System.nanoTime() < deadline; i++) {
            try {
              answers.add(graphs(url));
            } catch (Throwable e) {
              failures.add(e);
            }
          }
        });
        t.start();
        clients.add(t);
      }
      Thread.sleep(1_000);
      Path next = tmp.resolve("graph.next");
      Files.createSymbolicLink(next, fresh);
      Files.move(next, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      long waitUntil = System.nanoTime() + 10_000_000_000L;
      while (!linked.current().equals(fresh.toRealPath()) && System.nanoTime() < waitUntil) {
        Thread.sleep(50);
      }
      Thread.sleep(1_000);
      stop.set(true);
      for (Thread t : clients) {
        t.join();
      }
      assertEquals(fresh.toRealPath(), linked.current(), "the server follows the link");
      assertTrue(failures.isEmpty(), () -> failures.size() + " failed queries, e.g. " + failures.peek());
      List<Long> all = perClient.stream().flatMap(List::stream).toList();
      assertTrue(all.size() > 20, "queries ran: " + all.size());
      assertTrue(all.contains(3L) && all.contains(5L), "answers from before and after the switch");
      for (List<Long> answers : perClient) {
        int switched = answers.indexOf(5L);
        assertTrue(switched > 0, "each client saw both databases");
        assertTrue(answers.subList(0, switched).stream().allMatch(n -> n == 3)
            && answers.subList(switched, answers.size()).stream().allMatch(n -> n == 5), "never back, nothing else");
      }
      assertEquals(5, graphs(url));
      assertFalse(linked.refresh(), "nothing to do while the link stays");
    } finally {
      linked.close();
    }
  }
}
