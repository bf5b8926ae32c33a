package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.FixtureAnnotator;
import org.diplograph.TestKnowledge;
import org.diplograph.validate.GraphContract;
import org.diplograph.validate.ShapeCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build whose graph breaks the shapes fails naming the offending nodes, and writes no graph. */
class GraphBuildCheckTest {
  @Test
  void aShapeViolationStopsTheBuildBeforeAnythingIsWritten(@TempDir Path tmp) throws Exception {
    // The real shapes with a stricter confidence range: the seed graph has mentions above 0.85.
    String strict = Files.readString(TestKnowledge.ONTOLOGY.resolve(GraphContract.SHAPES_FILE))
        .replace("sh:maxInclusive 1 ;", "sh:maxInclusive 0.85 ;");
    Path shapes = tmp.resolve("strict-shapes.ttl");
    Files.writeString(shapes, strict);
    Path output = tmp.resolve("output");
    BuildSettings settings = BuildSettings.builder().corpus(TestKnowledge.SEED_CORPUS).output(output)
        .ontology(TestKnowledge.ONTOLOGY).build();
    GraphBuild build = new GraphBuild(TestKnowledge.get(), FixtureAnnotator.seed(),
        List.of(ShapeCheck.load(shapes, TestKnowledge.get().ontology())));

    GraphCheckException e = assertThrows(GraphCheckException.class, () -> build.run(settings, BuildListener.SILENT));

    assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
    assertTrue(e.problems().stream().allMatch(p -> (p.startsWith("<https://w3id.org/diplograph/mention/")
        || p.startsWith("<https://w3id.org/diplograph/event-mention/")
        || p.startsWith("<https://w3id.org/diplograph/event/"))
        && p.contains("dg:confidence")), String.join("\n", e.problems()));
    assertTrue(e.getMessage().contains("/leaderOf/Vladimir_Putin/Russia> dg:confidence"), e.getMessage());
    assertFalse(Files.exists(output.resolve(GraphBuild.GRAPH_FILE)), "graph.ttl was written");
    assertFalse(Files.exists(output.resolve(GraphBuild.DATASET_FILE)), "graph.trig was written");
  }
}
