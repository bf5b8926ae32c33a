package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diplograph.serve.QueryLoad;
import org.junit.jupiter.api.Test;

/** The load test splits the shipped queries into the analyst mix and the whole-graph aggregates. */
class ServeLoadBenchTest {

  @Test
  void shippedQueriesSplitIntoTheAnalystMixAndTheAggregates() throws IOException {
    List<QueryLoad.NamedQuery> queries;
    try (Stream<Path> files = Files.list(Path.of("queries"))) {
      queries = files.filter(p -> p.toString().endsWith(".rq")).sorted()
          .map(p -> new QueryLoad.NamedQuery(p.getFileName().toString(), read(p))).toList();
    }
    assertEquals(List.of("actor-names.rq", "documents.rq", "relations-by-type.rq", "roles.rq"),
        queries.stream().filter(ServeLoadBench::isAggregate).map(QueryLoad.NamedQuery::name).toList());
    assertEquals(List.of("actor-relations.rq", "dyad-by-month.rq", "dyad-by-week.rq", "dyad-by-year.rq",
        "who-supports-russia.rq"),
        queries.stream().filter(ServeLoadBench::isBound).map(QueryLoad.NamedQuery::name).toList());
    List<QueryLoad.NamedQuery> mix = ServeLoadBench.analystMix(queries);
    assertEquals(9, mix.size());
    mix.stream().filter(q -> q.name().endsWith("LIMIT 100"))
        .forEach(q -> assertEquals(true, q.text().endsWith("\nLIMIT 100\n"), q.name()));
    assertEquals(4, mix.stream().filter(q -> q.name().endsWith("LIMIT 100")).count());
  }

  /** {@code --save} writes the scaled named graphs, which {@code load} can take as they are. */
  @Test
  void saveWritesTheScaledNamedGraphsAsNQuads(@org.junit.jupiter.api.io.TempDir Path tmp) {
    Path trig = org.diplograph.SeedGraph.output().resolve("graph.trig");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    Console console = new Console(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
        new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8), false);
    Path saved = tmp.resolve("x3.nq");
    int status = Main.standard().run(new String[] {"bench", "--serve-load", "--graph", trig.toString(), "--scale", "3",
        "--save", saved.toString()}, console);
    assertEquals(ExitCodes.OK, status, err.toString(java.nio.charset.StandardCharsets.UTF_8));
    org.apache.jena.sparql.core.DatasetGraph once = org.apache.jena.riot.RDFDataMgr.loadDatasetGraph(trig.toString());
    org.apache.jena.sparql.core.DatasetGraph thrice = org.apache.jena.riot.RDFDataMgr.loadDatasetGraph(saved.toString());
    assertEquals(0, thrice.getDefaultGraph().size(), "the union is not written: load derives it");
    long documents = org.apache.jena.atlas.iterator.Iter.count(once.listGraphNodes());
    // Documents and the events graph are copied, the ontology graph is not.
    assertEquals(3 * (documents - 2) + 2, org.apache.jena.atlas.iterator.Iter.count(thrice.listGraphNodes()));
    assertEquals(true, out.toString(java.nio.charset.StandardCharsets.UTF_8).startsWith("saved "),
        out.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
