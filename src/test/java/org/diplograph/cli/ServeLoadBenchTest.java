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

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
