package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diplograph.FixtureAnnotator;
import org.diplograph.TestKnowledge;
import org.diplograph.corpus.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildPipelineTest {
  @TempDir
  Path work;

  private Path seedCorpusWith(String... extraFiles) throws IOException {
    Path corpus = work.resolve("corpus");
    Files.createDirectories(corpus);
    try (Stream<Path> seeds = Files.list(TestKnowledge.SEED_CORPUS)) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, corpus.resolve(seed.getFileName()));
      }
    }
    for (int i = 0; i + 1 < extraFiles.length; i += 2) {
      Files.write(corpus.resolve(extraFiles[i]), extraFiles[i + 1].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    return corpus;
  }

  private BuildResult build(Path corpus, Path output) {
    BuildSettings settings = BuildSettings.builder().corpus(corpus).output(output).ontology(TestKnowledge.ONTOLOGY).build();
    return new GraphBuild(TestKnowledge.get(), FixtureAnnotator.seed()).run(settings, BuildListener.SILENT);
  }

  @Test
  void badDocumentsAreReportedAndTheRestIsBuilt() throws IOException {
    Path corpus = seedCorpusWith("empty.txt", "", "latin1.txt", "Caf\u00e9 diplomacy in M\u00fcnchen");
    BuildReport report = build(corpus, work.resolve("out")).report();
    assertEquals(5, report.documents());
    assertEquals(List.of("empty.txt", "latin1.txt"), report.problems().stream().map(InputProblem::sourcePath).toList());
    assertTrue(Files.size(work.resolve("out/graph.ttl")) > 10_000);
  }

  @Test
  void identicalInputGivesByteIdenticalOutputAndTheSecondRunAnnotatesNothing() throws IOException {
    Path corpus = seedCorpusWith();
    BuildReport first = build(corpus, work.resolve("a")).report();
    BuildReport again = build(corpus, work.resolve("a")).report();
    build(corpus, work.resolve("b"));
    assertEquals(5, first.annotated());
    assertEquals(0, again.annotated());
    assertEquals(5, again.cached());
    for (String file : List.of(GraphBuild.GRAPH_FILE, GraphBuild.DATASET_FILE)) {
      assertArrayEquals(Files.readAllBytes(work.resolve("a").resolve(file)), Files.readAllBytes(work.resolve("b").resolve(file)), file);
    }
  }

  @Test
  void aFailedCheckWritesNothing() throws IOException {
    Path corpus = seedCorpusWith();
    Path output = work.resolve("checked");
    Files.createDirectories(output);
    Files.writeString(output.resolve("graph.ttl"), "# previous output\n");
    GraphCheck failing = new GraphCheck() {
      @Override
      public String name() {
        return "test check";
      }

      @Override
      public List<String> check(org.apache.jena.graph.Graph graph) {
        return List.of("id:Somebody is wrong");
      }
    };
    BuildSettings settings = BuildSettings.builder().corpus(corpus).output(output).ontology(TestKnowledge.ONTOLOGY).build();
    var e = assertThrows(GraphCheckException.class, () ->
        new GraphBuild(TestKnowledge.get(), FixtureAnnotator.seed(), List.of(failing)).run(settings, BuildListener.SILENT));
    assertTrue(e.getMessage().contains("id:Somebody is wrong"));
    assertEquals("# previous output\n", Files.readString(output.resolve("graph.ttl")));
  }
}
