package org.diplograph.publish;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;
import org.diplograph.pipeline.BuildListener;
import org.diplograph.pipeline.BuildPublisher;
import org.diplograph.pipeline.PublishReport;

/**
 * Pushes a build's named graphs to a SPARQL store through the Graph Store Protocol: {@code PUT}
 * replaces each graph that is new or changed since the last successful push, {@code DELETE}
 * removes each graph the build no longer has. Both are idempotent, so a push cut short (failure,
 * kill) is simply redone by the next run. Stops at the first failure (an endpoint that is down or
 * refuses us would refuse every request) and keeps a record of what did reach the endpoint.
 */
public final class GspPublisher implements BuildPublisher {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
  /** A request that gets no answer must not hold the build (and its output lock) forever. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

  private final String endpoint;
  private final Optional<Credentials> credentials;
  private final Path stateFile;
  private final boolean everything;
  /** For PUTs, which carry the credentials themselves (the JDK drops that header on a client with an authenticator). */
  private final HttpClient putClient;
  /** For DELETEs, which answer the server's challenge: Jena's GSP.DELETE() sends no headers set on it. */
  private final HttpClient deleteClient;

  /**
   * @param endpoint    the dataset URL (e.g. {@code http://localhost:3030/diplograph}) or its GSP endpoint
   * @param stateFile   where to keep the record of what was pushed (normally {@code output/published.tsv})
   * @param everything  push every graph, whatever the record says (e.g. after the store was emptied)
   */
  public GspPublisher(String endpoint, Optional<Credentials> credentials, Path stateFile, boolean everything) {
    URI uri = URI.create(endpoint);
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new IllegalArgumentException("the publish endpoint must be an http or https URL, not " + endpoint);
    }
    if (uri.getUserInfo() != null) {
      throw new IllegalArgumentException("put no credentials in the publish URL; give a user and a password file");
    }
    this.endpoint = endpoint;
    this.credentials = credentials;
    this.stateFile = stateFile;
    this.everything = everything;
    // No redirects: a redirect to another host would be answered with our credentials.
    HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER);
    this.putClient = client.build();
    // Only the endpoint's own host is answered.
    credentials.ifPresent(c -> client.authenticator(c.authenticator(uri)));
    this.deleteClient = client.build();
  }

  /** The record of pushes kept in an output folder. */
  public static Path stateFile(Path output) {
    return output.resolve(PublishState.FILE);
  }

  @Override
  public String target() {
    return endpoint;
  }

  @Override
  public PublishReport publish(Map<String, Graph> namedGraphs, Map<String, String> hashes, BuildListener listener) {
    PublishState state = PublishState.read(stateFile);
    Map<String, String> known = everything ? Map.of() : state.graphs(endpoint);
    List<String> toPut = hashes.keySet().stream().filter(g -> !hashes.get(g).equals(known.get(g))).toList();
    List<String> toDelete = state.graphs(endpoint).keySet().stream().filter(g -> !hashes.containsKey(g)).toList();
    Map<String, String> held = new TreeMap<>(state.graphs(endpoint));
    List<String> failures = new ArrayList<>();
    int replaced = 0;
    for (String graph : toPut) {
      try {
        Graph content = namedGraphs.get(graph);
        Deadline.run(REQUEST_TIMEOUT, () -> put(graph, content));
        held.put(graph, hashes.get(graph));
        replaced++;
      } catch (RuntimeException e) {
        failures.add("PUT <" + graph + ">: " + describe(e, credentials.isPresent()));
        break;
      }
    }
    int deleted = 0;
    for (String graph : failures.isEmpty() ? toDelete : List.<String>of()) {
      try {
        delete(graph);
        held.remove(graph);
        deleted++;
      } catch (RuntimeException e) {
        failures.add("DELETE <" + graph + ">: " + describe(e, credentials.isPresent()));
        break;
      }
    }
    if (replaced + deleted > 0 || everything) {
      state.with(endpoint, held).write(stateFile);
    }
    int left = toPut.size() - replaced + toDelete.size() - deleted;
    if (!failures.isEmpty()) {
      listener.warning("publishing to " + endpoint + " failed: " + failures.get(0) + "; " + left
          + " graph change(s) left for the next run");
    }
    return new PublishReport(endpoint, replaced, deleted, hashes.size() - toPut.size(), failures, left);
  }

  /**
   * Credentials go with the PUT itself. Answering a challenge instead means sending the graph
   * once to be refused unread, and Jetty may close that connection while the JDK client sends the
   * graph again on it ("Broken pipe", about 1 build in 100 against Fuseki with basic auth).
   */
  private void put(String graph, Graph content) {
    GSP request = gsp(putClient, graph);
    credentials.ifPresent(c -> request.httpHeader("Authorization", c.basicAuthorization()));
    request.PUT(content);
  }

  /** A graph that is already gone counts as deleted. */
  private void delete(String graph) {
    try {
      Deadline.run(REQUEST_TIMEOUT, () -> gsp(deleteClient, graph).DELETE());
    } catch (HttpException e) {
      if (e.getStatusCode() != 404) {
        throw e;
      }
    }
  }

  private GSP gsp(HttpClient client, String graph) {
    return GSP.service(endpoint).httpClient(client).graphName(graph).contentType(RDFFormat.NTRIPLES);
  }

  /** The failure in words an operator can act on. */
  static String describe(RuntimeException e, boolean withCredentials) {
    if (e instanceof HttpException http && http.getStatusCode() > 0) {
      String hint = switch (http.getStatusCode()) {
        case 401 -> withCredentials ? " (the user name or password was refused)"
            : " (the endpoint wants a user and password: --publish-user and --publish-password-file)";
        case 403 -> " (this user may not update the dataset)";
        case 404 -> " (no such dataset or Graph Store endpoint)";
        case 405 -> " (the endpoint does not accept updates; give the dataset URL of an updatable dataset)";
        default -> "";
      };
      return "HTTP " + http.getStatusCode() + " " + Optional.ofNullable(http.getStatusLine()).orElse("") + hint;
    }
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + cause + ")";
  }
}
