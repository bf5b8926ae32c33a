package org.diplograph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.diplograph.SeedGraph;

/** Servers over the seed graph's TriG export, on free ports, and a plain HTTP client for them. */
final class SeedServer {
  private SeedServer() {}

  static Path trig() {
    return SeedGraph.output().resolve("graph.trig");
  }

  /** A read-only server with the defaults except a free port. */
  static GraphServer start() {
    return start(ServeSettings.builder());
  }

  static GraphServer start(ServeSettings.Builder settings) {
    return GraphServer.start(settings.port(0).build(), ServedData.fromFile(trig()));
  }

  /**
   * Sends {@code request} on a connection of its own. Jetty may close a connection after refusing
   * a write whose body it did not read, without saying so in the response; a pooled client then
   * sends the next POST or PUT on the dead connection and fails ("header parser received no
   * bytes", about 2 in 100 refused writes here), and the JDK client retries only GETs.
   */
  static HttpResponse<String> send(HttpRequest request) {
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A standard SPARQL protocol request: POST with the query as an application/sparql-query body. */
  static HttpRequest sparqlPost(String endpoint, String query, String accept) {
    return HttpRequest.newBuilder(URI.create(endpoint))
        .header("Content-Type", "application/sparql-query")
        .header("Accept", accept)
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(query))
        .build();
  }
}
