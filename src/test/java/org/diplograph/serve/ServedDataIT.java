package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;

/**
 * The materialised union (what {@code serve} answers from by default, and the transactional
 * dataset it used before) gives every shipped query the same answers as TDB2's dynamic union default graph (what it answered from before issue 12),
 * row for row in order; and the scale benchmark's replicas multiply documents, not actors.
 */
class ServedDataIT {

  @Test
  void everyShippedQueryAnswersTheSameOverTheMaterialisedUnion() throws IOException {
    ServedData materialised = ServedData.fromFile(SeedServer.trig());
    ServedData transactional = ServedData.fromFileTxn(SeedServer.trig(), 1);
    ServedData dynamic = ServedData.fromFileWritable(SeedServer.trig());
    assertTrue(materialised.materialisedUnion() && materialised.unionDefaultGraph());
    assertTrue(transactional.materialisedUnion());
    assertFalse(dynamic.materialisedUnion());
    assertEquals(dynamic.namedGraphs(), materialised.namedGraphs());
    assertEquals(dynamic.quads(), materialised.quads());
    assertEquals(dynamic.quads(), transactional.quads());
    for (Path file : shippedQueries()) {
      String query = Files.readString(file);
      String expected = answer(dynamic.dataset(), query, true);
      assertEquals(expected, answer(materialised.dataset(), query, false), file.getFileName().toString());
      assertEquals(expected, answer(transactional.dataset(), query, false), file.getFileName() + " (transactional)");
      assertTrue(expected.lines().count() > 0, file.toString());
    }
  }

  /** Queries rewritten for speed (issue 12) answer as their earlier text did, over both stores. */
  @Test
  void rewrittenQueriesAnswerAsBefore() throws IOException {
    ServedData materialised = ServedData.fromFile(SeedServer.trig(), 2);
    ServedData dynamic = ServedData.fromFileWritable(SeedServer.trig());
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/queries-before"))) {
      for (Path before : files.sorted().toList()) {
        String old = Files.readString(before);
        String now = Files.readString(Path.of("queries").resolve(before.getFileName()));
        assertFalse(old.equals(now), before + " was not rewritten");
        String expected = answer(dynamic.dataset(), old, true);
        assertTrue(expected.lines().count() > 0, before.toString());
        assertEquals(expected, answer(dynamic.dataset(), now, true), before.getFileName().toString());
        assertEquals(answer(materialised.dataset(), old, false), answer(materialised.dataset(), now, false),
            before.getFileName() + " at 2x");
      }
    }
  }

  @Test
  void replicasMultiplyTheDocumentsAndShareTheActors() {
    ServedData once = ServedData.fromFile(SeedServer.trig());
    ServedData thrice = ServedData.fromFile(SeedServer.trig(), 3);
    String documents = "PREFIX dg: <https://w3id.org/diplograph/ontology#> SELECT (COUNT(*) AS ?n) { ?d a dg:Document }";
    String actors = "PREFIX dg: <https://w3id.org/diplograph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
        + " SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a ?c . ?c rdfs:subClassOf* dg:Actor }";
    assertEquals(3 * count(once, documents), count(thrice, documents));
    assertEquals(count(once, actors), count(thrice, actors));
    // Documents and the events graph are copied; the ontology graph is shared.
    assertEquals(3 * (once.namedGraphs() - 2) + 2, thrice.namedGraphs());
    assertEquals(once.quads() * 3 > thrice.quads(), true, "the ontology is not copied");
  }

  private static long count(ServedData data, String query) {
    return Txn.calculateRead(data.dataset(), () -> {
      try (QueryExec exec = QueryExec.dataset(data.dataset()).query(query).build()) {
        return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
      }
    });
  }

  private static String answer(DatasetGraph dataset, String query, boolean dynamicUnion) {
    return Txn.calculateRead(dataset, () -> {
      QueryExecBuilder builder = QueryExec.dataset(dataset).query(query);
      if (dynamicUnion) {
        builder.set(TDB2.symUnionDefaultGraph, true);
      }
      try (QueryExec exec = builder.build()) {
        // Rows compared as a sorted list (ties under ORDER BY may come in either order), and a
        // GROUP_CONCAT's parts sorted (their order is unspecified).
        List<String> rows = new ArrayList<>();
        var rowSet = exec.select();
        var vars = rowSet.getResultVars();
        rowSet.forEachRemaining(row -> {
          StringBuilder line = new StringBuilder();
          for (var v : vars) {
            var value = row.get(v);
            line.append(v).append('=').append(value == null ? "" : normalised(value.isLiteral()
                ? value.getLiteralLexicalForm() : value.toString())).append(' ');
          }
          rows.add(line.toString());
        });
        return rows.stream().sorted().collect(Collectors.joining("\n"));
      }
    });
  }

  private static String normalised(String value) {
    return Stream.of(value.split(" \\| |, ")).sorted().collect(Collectors.joining("|"));
  }

  static List<Path> shippedQueries() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("queries"))) {
      return new ArrayList<>(files.filter(p -> p.toString().endsWith(".rq")).sorted().toList());
    }
  }
}
