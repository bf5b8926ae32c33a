package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.diplograph.SeedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picture's DOT text, its rendering by Graphviz, and the message when Graphviz is missing. */
class DotWriterTest {
  private static final ActorNode A = new ActorNode("https://w3id.org/diplograph/id/A", "The \"A\" party",
      List.of("Organisation", "Actor"), null, null);
  private static final ActorNode B = new ActorNode("https://w3id.org/diplograph/id/B", "B", List.of("State", "Actor"),
      null, null);
  private static final ActorNode LONELY = new ActorNode("https://w3id.org/diplograph/id/C", "C",
      List.of("Person", "Actor"), null, null);

  @Test
  void edgesAreLabelledColouredAndStyledByEvidence() {
    RelationEdge met = new RelationEdge(A.iri(), "https://w3id.org/diplograph/ontology#metWith", B.iri(), "met with",
        "CONSULT", true, 3, 3, new BigDecimal("0.9"), Set.of("d1"), Set.of("asserted"));
    RelationEdge accused = new RelationEdge(B.iri(), "https://w3id.org/diplograph/ontology#accused", A.iri(),
        "accused", "ACCUSE", false, 1, 0, new BigDecimal("0.5"), Set.of("d2"), Set.of("reported"));
    String dot = new DotWriter("Test").write(new ActorGraph(List.of(A, B, LONELY), List.of(met, accused)));

    assertTrue(dot.startsWith("digraph diplograph {"), dot);
    assertTrue(dot.contains("label=\"The \\\"A\\\" party\""), "quotes are escaped:\n" + dot);
    assertFalse(dot.contains("/id/C\""), "an actor without relations is not drawn");
    String metLine = line(dot, "label=\"met with (3)\"");
    assertTrue(metLine.contains("dir=none") && metLine.contains("#1f77b4") && metLine.contains("penwidth=2.6"), metLine);
    String accusedLine = line(dot, "label=\"accused\"");
    assertTrue(accusedLine.contains("style=dashed") && accusedLine.contains("#e67e00"), accusedLine);
    assertFalse(accusedLine.contains("dir=none"), accusedLine);
    assertTrue(dot.contains("(2 actors, 2 relations)"), "legend counts what is drawn");
    assertTrue(dot.contains("consult (meet, call, visit)") && dot.contains("accusation, criticism"));
    assertFalse(dot.contains("threat, sanction, attack"), "the legend lists only colours in use");
  }

  @Test
  void theSeedPictureDrawsEveryRelationOnce() {
    ActorGraph graph = new ActorGraphReader(SeedGraph.get().graph()).read(ActorFilter.ALL);
    String dot = new DotWriter("Seed").write(graph);
    assertEquals(graph.edges().size(), dot.lines().filter(l -> l.contains(" -> ")).count());
    assertTrue(dot.contains("\"https://w3id.org/diplograph/id/China\" [label=\"China\", shape=box"), dot);
  }

  @Test
  void graphvizRendersTheSeedPicture(@TempDir Path tmp) throws Exception {
    assumeTrue(onPath("dot"), "Graphviz is not installed");
    Path dot = tmp.resolve("graph.dot");
    Files.writeString(dot, new DotWriter("Seed").write(new ActorGraphReader(SeedGraph.get().graph()).read(ActorFilter.ALL)));
    GraphvizRenderer renderer = new GraphvizRenderer("dot");
    renderer.render(dot, "svg", tmp.resolve("graph.svg"));
    renderer.render(dot, "png", tmp.resolve("graph.png"));
    assertTrue(Files.readString(tmp.resolve("graph.svg")).contains("<svg"));
    byte[] png = Files.readAllBytes(tmp.resolve("graph.png"));
    assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG file");
  }

  @Test
  void withoutGraphvizTheMessageSaysHowToInstallItAndNothingIsLeftBehind(@TempDir Path tmp) throws Exception {
    Path dot = tmp.resolve("graph.dot");
    Files.writeString(dot, "digraph { a -> b }");
    GraphvizRenderer missing = new GraphvizRenderer(tmp.resolve("no-such-dot").toString());
    GraphvizRenderer.MissingException e = assertThrows(GraphvizRenderer.MissingException.class,
        () -> missing.render(dot, "svg", tmp.resolve("graph.svg")));
    assertTrue(e.getMessage().contains("apt-get install graphviz"), e.getMessage());
    assertTrue(e.getMessage().contains(dot.toString()), "names the DOT file written: " + e.getMessage());
    try (var files = Files.list(tmp)) {
      assertEquals(List.of(dot), files.toList(), "no picture and no temporary file");
    }
  }

  private static String line(String dot, String containing) {
    return dot.lines().filter(l -> l.contains(containing)).findFirst().orElseThrow(() -> new AssertionError(dot));
  }

  static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
  }
}
