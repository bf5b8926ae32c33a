package org.diplograph.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server that only counts the requests it gets: the target of a federated
 * {@code SERVICE} query that a safe endpoint must never send.
 */
final class FederationProbe implements AutoCloseable {
  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  FederationProbe() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      exchange.sendResponseHeaders(500, -1);
      exchange.close();
    });
    server.start();
  }

  /** A query that would make the endpoint call this server. */
  String serviceQuery() {
    return "SELECT * { SERVICE <http://127.0.0.1:" + server.getAddress().getPort() + "/secret> { ?s ?p ?o } }";
  }

  int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
