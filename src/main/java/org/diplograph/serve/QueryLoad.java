package org.diplograph.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load test of a SPARQL endpoint: {@code clients} threads send {@code requests} queries
 * between them over keep-alive HTTP/1.1 connections, the queries taken in turn from a list, each
 * answer read to its end. A warm-up round (not measured) lets the JIT and caches settle first.
 */
public final class QueryLoad {
  /** A query and the name it is reported under (its file name). */
  public record NamedQuery(String name, String text) {}

  /** How hard to push: concurrent clients, measured requests, unmeasured warm-up requests. */
  public record Settings(int clients, int requests, int warmup) {
    public Settings {
      if (clients < 1 || requests < 1 || warmup < 0) {
        throw new IllegalArgumentException("clients and requests must be positive, warm-up not negative");
      }
    }
  }

  /** The measured round: wall time, failures (with a few samples), latencies overall and per query. */
  public record Report(Settings settings, long wallNanos, int failures, List<String> failureSamples,
      Latencies overall, Map<String, Latencies> byQuery) {
    public double queriesPerSecond() {
      return settings.requests() / (wallNanos / 1e9);
    }
  }

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();
  private final URI endpoint;
  private final List<NamedQuery> queries;

  public QueryLoad(String endpoint, List<NamedQuery> queries) {
    if (queries.isEmpty()) {
      throw new IllegalArgumentException("no queries to send");
    }
    this.endpoint = URI.create(endpoint);
    this.queries = List.copyOf(queries);
  }

  public Report run(Settings settings) throws InterruptedException {
    round(settings.clients(), settings.warmup());
    return round(settings.clients(), settings.requests()).report(settings);
  }

  private Round round(int clients, int requests) throws InterruptedException {
    Round round = new Round(requests);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      long start = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        running.add(pool.submit(() -> {
          for (int i; (i = round.next.getAndIncrement()) < requests;) {
            send(round, i);
          }
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
      round.wallNanos = System.nanoTime() - start;
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a load-test client failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return round;
  }

  private void send(Round round, int i) {
    NamedQuery query = queries.get(i % queries.size());
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .header("Content-Type", "application/sparql-query")
        .header("Accept", "application/sparql-results+json")
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(query.text()))
        .build();
    long start = System.nanoTime();
    String failure = null;
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        failure = query.name() + ": HTTP " + response.statusCode();
      }
    } catch (IOException e) {
      failure = query.name() + ": " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = query.name() + ": interrupted";
    }
    round.nanos[i] = System.nanoTime() - start;
    if (failure != null) {
      round.fail(failure);
    }
  }

  /** One round's measurements; each request writes only its own slot. */
  private final class Round {
    final AtomicInteger next = new AtomicInteger();
    final long[] nanos;
    final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    long wallNanos;

    Round(int requests) {
      nanos = new long[requests];
    }

    void fail(String what) {
      failures.add(what);
    }

    Report report(Settings settings) {
      Map<String, Latencies> byQuery = new LinkedHashMap<>();
      for (int q = 0; q < queries.size(); q++) {
        List<Long> own = new ArrayList<>();
        for (int i = q; i < nanos.length; i += queries.size()) {
          own.add(nanos[i]);
        }
        byQuery.put(queries.get(q).name(), Latencies.of(own.stream().mapToLong(Long::longValue).toArray()));
      }
      List<String> samples = failures.stream().limit(5).toList();
      return new Report(settings, wallNanos, failures.size(), samples, Latencies.of(nanos), byQuery);
    }
  }
}
