package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.SeedGraph;
import org.diplograph.graph.Vocabulary;
import org.junit.jupiter.api.Test;

class SortedTurtleWriterTest {
  private static byte[] write(Graph g) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SortedTurtleWriter(Vocabulary.prefixes()).write(g, out);
    return out.toByteArray();
  }

  @Test
  void insertionOrderDoesNotChangeTheBytes() {
    List<Triple> triples = new ArrayList<>(SeedGraph.get().graph().find().toList());
    Graph a = GraphFactory.createDefaultGraph();
    triples.forEach(a::add);
    Collections.shuffle(triples, new java.util.Random(7));
    Graph b = GraphFactory.createDefaultGraph();
    triples.forEach(b::add);
    assertArrayEquals(write(a), write(b));
  }

  @Test
  void writesTurtleThatParsesBackStrictlyToTheSameGraph() {
    Graph g = SeedGraph.get().graph();
    byte[] bytes = write(g);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("@prefix dg: <https://w3id.org/diplograph/ontology#> ."));
    assertFalse(text.contains("PREFIX "), "SPARQL-style PREFIX trips older tools");
    Graph back = GraphFactory.createDefaultGraph();
    RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.TURTLE).strict(true).checking(true).parse(back);
    assertTrue(back.isIsomorphicWith(g));
  }
}
