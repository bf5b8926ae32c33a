package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diplograph.SeedGraph;
import org.diplograph.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands end to end: {@code diplograph load} into a TDB2 folder, then {@code diplograph serve}
 * over it in its own process, queried over HTTP, stopped with SIGTERM (as Ctrl-C or systemd would).
 */
class ServeProcessIT {
  @TempDir
  Path dir;

  @Test
  void loadThenServeThenStopCleanlyOnSigterm() throws Exception {
    Path tdb = dir.resolve("tdb2");
    String trig = SeedGraph.output().resolve("graph.trig").toString();
    assertEquals(List.of(ExitCodes.OK, ExitCodes.OK), List.of(load(tdb, trig), load(tdb, trig)));

    Process serve = new ProcessBuilder(java(), "-Xmx512m", "-cp", classpath(), "org.diplograph.cli.Main", "serve",
        "--port", "0", "--tdb", tdb.toString(), "--timeout", "5s")
        .redirectError(dir.resolve("serve.err").toFile())
        .start();
    try {
      List<String> banner = new ArrayList<>();
      String sparql = awaitEndpoint(serve, banner);
      assertTrue(banner.get(0).contains("7 named graphs") && banner.get(0).contains("union"), banner.toString());
      assertTrue(String.join("\n", banner).contains("read-only; localhost only; queries cancelled after 5 s"),
          banner.toString());

      String query = "SELECT ?g WHERE { GRAPH ?g { <https://w3id.org/diplograph/id/Xi_Jinping> ?p ?o } } GROUP BY ?g";
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sparql
          + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), response.body());
      assertTrue(response.body().contains("https://w3id.org/diplograph/doc/001_99a768fa90f01708"), response.body());
    } finally {
      serve.destroy();
    }
    assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "the server did not stop on SIGTERM");
    assertEquals(143, serve.exitValue(), "exit status after SIGTERM (128 + 15)");
    assertTrue(Files.readString(dir.resolve("serve.err")).contains("diplograph serve: stopped"),
        Files.readString(dir.resolve("serve.err")));
    // The server released the database: a new load may open it.
    try (TdbStore store = TdbStore.open(tdb)) {
      assertEquals(7, store.graphNames().size()); // five documents, the ontology, the events
    }
  }

  private static int load(Path tdb, String trig) {
    Console console = new Console(new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(new ByteArrayOutputStream()), false);
    return Main.standard().run(new String[] {"load", "--tdb", tdb.toString(), "--data", trig}, console);
  }

  /** Reads the banner until the SPARQL endpoint's line; returns its URL. */
  private static String awaitEndpoint(Process serve, List<String> banner) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    for (String line; System.nanoTime() < deadline && (line = out.readLine()) != null;) {
      banner.add(line);
      if (line.contains("Ctrl-C stops the server")) {
        return banner.stream().filter(l -> l.trim().startsWith("http") && l.contains("/sparql")).findFirst()
            .map(l -> l.trim().split("\\s+")[0]).orElseThrow();
      }
    }
    throw new AssertionError("no banner from 'diplograph serve': " + banner);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The launcher's classpath: compiled classes plus the dependency list Maven writes at process-classes. */
  private static String classpath() throws IOException {
    return Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator
        + Files.readString(Path.of("target", "classpath.txt")).trim();
  }
}
