package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diplograph.SeedGraph;
import org.junit.jupiter.api.Test;

class GraphBuildTest {
  @Test
  void buildsTheSeedCorpusFromStoredAnnotations() {
    BuildReport report = SeedGraph.get().report();
    assertEquals(5, report.documents());
    assertTrue(report.problems().isEmpty(), report.problems().toString());
    assertTrue(report.assertedRelations() > 20, "asserted relations: " + report.assertedRelations());
  }
}
