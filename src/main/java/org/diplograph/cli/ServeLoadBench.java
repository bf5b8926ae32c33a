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
    options.addOption(Option.builder().longOpt("scale").hasArg().argName("N")
        .desc("with --serve-load: serve the documents replicated N times under new IRIs (default: 1)").get());
    options.addOption(Option.builder().longOpt("dynamic-union").desc("with --serve-load: serve from an in-memory "
        + "TDB2 dataset with a dynamic union default graph (as with write access) instead of the materialised union, "
        + "for comparison").get());
    options.addOption(Option.builder().longOpt("memory").hasArg().argName("KIND").desc("with --serve-load: the "
        + "in-memory store for a file: fast (GraphMem2Fast, what serve uses), txn (Jena's transactional dataset, "
        + "what serve used before), roaring (GraphMem2Roaring)").get());
    options.addOption(Option.builder().longOpt("save").hasArg().argName("FILE").desc("with --serve-load: write the "
        + "served named graphs (after --scale) to FILE as N-Quads and stop, for 'diplograph load' at scale").get());
    options.addOption(Option.builder().longOpt("store").hasArg().argName("DIR").desc("with --serve-load: serve this "
        + "TDB2 database (see 'diplograph load') instead of --graph, for comparison").get());
  }

  static int run(CommandLine line, Console console) throws UsageException, IOException, InterruptedException {
    Path graph = Path.of(line.getOptionValue("graph", "output/graph.trig"));
    int clients = CommonOptions.intValue(line, "clients", 8);
    int requests = CommonOptions.intValue(line, "requests", 4000);
    int scale = CommonOptions.intValue(line, "scale", 1);
    if (scale < 1) {
      throw new UsageException("--scale must be at least 1");
    }
    List<QueryLoad.NamedQuery> queries = queries(CommonOptions.home().resolve("queries"));
    List<QueryLoad.NamedQuery> mix = analystMix(queries);
    List<QueryLoad.NamedQuery> aggregates = queries.stream().filter(ServeLoadBench::isAggregate).toList();
    QueryLoad.Settings mixSettings;
    QueryLoad.Settings aggregateSettings;
    try {
      mixSettings = new QueryLoad.Settings(clients, requests, Math.max(requests / 10, clients));
      int fewer = Math.max(requests / 20, clients * aggregates.size());
      aggregateSettings = new QueryLoad.Settings(clients, fewer, Math.max(fewer / 10, clients));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    long loadStart = System.nanoTime();
    if (line.hasOption("store") && scale != 1) {
      throw new UsageException("--scale replicates a file; it cannot be combined with --store");
    }
    ServedData data = line.hasOption("store") ? ServedData.fromTdb(Path.of(line.getOptionValue("store")))
        : line.hasOption("dynamic-union") ? ServedData.fromFileWritable(graph, scale)
        : switch (line.getOptionValue("memory", "fast")) {
          case "txn" -> ServedData.fromFileTxn(graph, scale);
          case "fast" -> ServedData.fromFileCompact(graph, scale, org.apache.jena.mem2.GraphMem2Fast::new);
          case "roaring" -> ServedData.fromFileCompact(graph, scale, org.apache.jena.mem2.GraphMem2Roaring::new);
          default -> throw new UsageException("--memory is txn, fast or roaring");
        };
    long loadNanos = System.nanoTime() - loadStart;
    // What the served data keeps in memory, for comparing stores (after a collection, so it is not
    // the garbage of reading the file).
    System.gc();
    long heapBytes = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    if (line.hasOption("save")) {
      return save(data, Path.of(line.getOptionValue("save")), console);
    }
    try (GraphServer server = GraphServer.start(ServeSettings.builder().port(0).build(), data)) {
      PrintStream out = console.out();
      out.printf(Locale.ROOT, "serve load        %s x%d served at %s%n", data.source(), scale, server.sparqlUrl());
      out.printf(Locale.ROOT, "load              %.2f s, %d named graphs, %d quads, heap %d MB; default graph: %s%n",
          loadNanos / 1e9, data.namedGraphs(), data.quads(), heapBytes >> 20, data.materialisedUnion() ? "union materialised in memory"
          : data.unionDefaultGraph() ? "dynamic union over " + (data.persistent() ? "TDB2 on disk" : "in-memory TDB2")
          : "as stored");
      int failures = 0;
      QueryLoad.Report mixReport = new QueryLoad(server.sparqlUrl(), mix).run(mixSettings);
      print(out, "analyst mix", mix.size(), mixReport);
      failures += mixReport.failures();
      if (!aggregates.isEmpty()) {
        QueryLoad.Report aggregateReport = new QueryLoad(server.sparqlUrl(), aggregates).run(aggregateSettings);
        print(out, "aggregates", aggregates.size(), aggregateReport);
        failures += aggregateReport.failures();
      }
      out.flush();
      return failures == 0 ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
  }

  private static int save(ServedData data, Path file, Console console) throws IOException {
    // The named graphs only: the default graph is their union, which 'load' derives again.
    try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      org.apache.jena.riot.system.StreamRDF stream = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(out,
          org.apache.jena.riot.RDFFormat.NQUADS);
      stream.start();
      org.apache.jena.system.Txn.executeRead(data.dataset(), () -> data.dataset()
          .findNG(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
              org.apache.jena.graph.Node.ANY).forEachRemaining(stream::quad));
      stream.finish();
    }
    console.out().printf(Locale.ROOT, "saved %d quads in %d named graphs to %s%n", data.quads(), data.namedGraphs(), file);
    return ExitCodes.OK;
  }

  /** A query binds an actor, a pair or a document: VALUES, or a fixed actor IRI in a pattern. */
  static boolean isBound(QueryLoad.NamedQuery query) {
    String body = query.text().lines().filter(l -> !l.startsWith("#") && !l.startsWith("PREFIX"))
        .collect(java.util.stream.Collectors.joining("\n"));
    return body.contains("<https://w3id.org/diplograph/id/") || body.matches("(?s).*\\bid:\\w.*");
  }

  /** A whole-graph aggregate: not bound, and grouped at the outermost level. */
  static boolean isAggregate(QueryLoad.NamedQuery query) {
    String text = query.text();
    return !isBound(query) && text.substring(text.lastIndexOf('}')).contains("GROUP BY");
  }

  /** The bound queries as they are, and the listing queries with LIMIT 100 (what an analyst pages). */
  static List<QueryLoad.NamedQuery> analystMix(List<QueryLoad.NamedQuery> queries) {
    return queries.stream().filter(q -> !isAggregate(q)).map(q -> isBound(q) || q.text().contains("LIMIT") ? q
        : new QueryLoad.NamedQuery(q.name() + " LIMIT 100", q.text().stripTrailing() + "\nLIMIT 100\n")).toList();
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

  /** One line per workload a script can read, then the per-query lines, indented. */
  private static void print(PrintStream out, String workload, int queryCount, QueryLoad.Report r) {
    Latencies l = r.overall();
    out.printf(Locale.ROOT, "%-12s p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  %.0f queries/s  %d failed  (%d queries, %d files, %d clients)%n",
        workload, l.p50() / 1e6, l.p95() / 1e6, l.p99() / 1e6, r.queriesPerSecond(), r.failures(),
        r.settings().requests(), queryCount, r.settings().clients());
    r.byQuery().forEach((name, latencies) ->
        out.printf(Locale.ROOT, "  %-34s %5d  %s%n", name, latencies.count(), format(latencies)));
    r.failureSamples().forEach(f -> out.println("  failure         " + f));
  }

  private static String format(Latencies l) {
    return String.format(Locale.ROOT, "p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms",
        l.p50() / 1e6, l.p95() / 1e6, l.p99() / 1e6, l.max() / 1e6);
  }
}
