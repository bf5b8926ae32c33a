package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.diplograph.serve.GraphServer;
import org.diplograph.serve.Latencies;
import org.diplograph.serve.QueryLoad;
import org.diplograph.serve.ServeSettings;
import org.diplograph.serve.ServedData;

/**
 * {@code diplograph bench --serve-load}: starts the embedded server on a free loopback port over
 * the built graph and sends it the shipped queries from concurrent clients; reports throughput
 * and latency percentiles. Any failed request fails the run. Kept out of {@link BenchCommand},
 * which measures builds.
 */
final class ServeLoadBench {
  static final String OPTION = "serve-load";

  private ServeLoadBench() {}

  static void addOptions(Options options) {
    options.addOption(Option.builder().longOpt(OPTION)
        .desc("instead of a build, load-test 'diplograph serve' on loopback with the queries in <home>/queries").get());
    options.addOption(Option.builder().longOpt("clients").hasArg().argName("N")
        .desc("with --serve-load: concurrent clients (default: 8)").get());
    options.addOption(Option.builder().longOpt("requests").hasArg().argName("N")
        .desc("with --serve-load: measured queries (default: 4000; a tenth as many again warm up first)").get());
    options.addOption(Option.builder().longOpt("graph").hasArg().argName("FILE")
        .desc("with --serve-load: the export to serve (default: output/graph.trig)").get());
  }

  static int run(CommandLine line, Console console) throws UsageException, IOException, InterruptedException {
    Path graph = Path.of(line.getOptionValue("graph", "output/graph.trig"));
    int clients = CommonOptions.intValue(line, "clients", 8);
    int requests = CommonOptions.intValue(line, "requests", 4000);
    List<QueryLoad.NamedQuery> queries = queries(CommonOptions.home().resolve("queries"));
    QueryLoad.Settings settings;
    try {
      settings = new QueryLoad.Settings(clients, requests, Math.max(requests / 10, clients));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    try (GraphServer server = GraphServer.start(ServeSettings.builder().port(0).build(), ServedData.fromFile(graph))) {
      QueryLoad.Report report = new QueryLoad(server.sparqlUrl(), queries).run(settings);
      print(console.out(), server.sparqlUrl(), graph, queries.size(), report);
      return report.failures() == 0 ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
  }

  private static List<QueryLoad.NamedQuery> queries(Path dir) throws IOException, UsageException {
    if (!Files.isDirectory(dir)) {
      throw new UsageException("no queries folder at " + dir);
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<QueryLoad.NamedQuery> queries = files.filter(p -> p.toString().endsWith(".rq")).sorted()
          .map(p -> new QueryLoad.NamedQuery(p.getFileName().toString(), read(p))).toList();
      if (queries.isEmpty()) {
        throw new UsageException("no .rq files in " + dir);
      }
      return queries;
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void print(PrintStream out, String endpoint, Path graph, int queryCount, QueryLoad.Report r) {
    QueryLoad.Settings s = r.settings();
    out.printf(Locale.ROOT, "serve load        %s served at %s%n", graph, endpoint);
    out.printf(Locale.ROOT, "clients           %d, %d queries (%d files in turn) after %d warm-up queries%n",
        s.clients(), s.requests(), queryCount, s.warmup());
    out.printf(Locale.ROOT, "throughput        %.0f queries/s (%.2f s wall)%n", r.queriesPerSecond(), r.wallNanos() / 1e9);
    out.printf(Locale.ROOT, "latency           %s%n", format(r.overall()));
    out.printf(Locale.ROOT, "failed requests   %d%n", r.failures());
    r.byQuery().forEach((name, latencies) ->
        out.printf(Locale.ROOT, "  %-24s %5d  %s%n", name, latencies.count(), format(latencies)));
    r.failureSamples().forEach(f -> out.println("failure           " + f));
    out.flush();
  }

  private static String format(Latencies l) {
    return String.format(Locale.ROOT, "p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms",
        l.p50() / 1e6, l.p95() / 1e6, l.p99() / 1e6, l.max() / 1e6);
  }
}
