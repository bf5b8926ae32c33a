package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.SeedCorpus;
import org.diplograph.TestKnowledge;
import org.diplograph.annotate.AnnotatorFactory;
import org.diplograph.annotate.DocumentAnnotator;
import org.diplograph.graph.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild does only the work its changes need, and its output is exactly that of a build from
 * scratch of the same corpus: the property that lets cron run {@code build} every hour.
 */
class IncrementalBuildTest {
  static final List<String> FILES = List.of(GraphBuild.GRAPH_FILE, GraphBuild.DATASET_FILE, BuildManifest.FILE);

  @TempDir
  Path dir;

  /** Corpus v1: seed articles 0-3 as a, b, c, d. */
  private Path corpusV1() {
    Path corpus = dir.resolve("corpus");
    for (int i = 0; i < 4; i++) {
      SeedCorpus.write(corpus, "abcd".charAt(i) + ".txt", i);
    }
    return corpus;
  }

  static BuildReport build(Path corpus, Path output, AnnotatorFactory annotators) {
    return build(corpus, output, annotators, TestKnowledge.get());
  }

  static BuildReport build(Path corpus, Path output, AnnotatorFactory annotators, Knowledge knowledge) {
    BuildSettings settings = BuildSettings.builder().corpus(corpus).output(output).ontology(knowledge.directory()).build();
    return new GraphBuild(knowledge, annotators).run(settings, BuildListener.SILENT).report();
  }

  static void assertSameFiles(Path expected, Path actual) throws IOException {
    for (String name : FILES) {
      assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
          name + " of the incremental build differs from the build from scratch");
    }
  }

  @Test
  void incrementalRebuildAfterAddChangeRemoveEqualsBuildFromScratch() throws IOException {
    Path corpus = corpusV1();
    Path output = dir.resolve("incremental");
    BuildReport first = build(corpus, output, new SeedCorpus.Annotators());
    assertEquals(List.of("a", "b", "c", "d"), first.changes().added());
    assertEquals(4, first.annotated());

    Files.delete(corpus.resolve("c.txt"));          // withdrawn
    SeedCorpus.write(corpus, "b.txt", 2);           // corrected: b now holds another text
    SeedCorpus.write(corpus, "new/e.txt", 4);       // arrived, in a sub-folder
    SeedCorpus.Annotators annotators = new SeedCorpus.Annotators();
    BuildReport second = build(corpus, output, annotators);

    DocumentChanges changes = second.changes();
    assertEquals(List.of("new/e"), changes.added());
    assertEquals(List.of("b"), changes.changed());
    assertEquals(List.of("a", "d"), changes.unchanged());
    assertEquals(List.of("c"), changes.removed());
    assertEquals(List.of(), changes.failed());
    // b's new text is c's old one: its annotation comes from the cache, so only e is annotated
    assertEquals(1, second.annotated());
    assertEquals(1, annotators.documents());
    assertTrue(changes.graphsChanged().containsAll(List.of(Vocabulary.DOC + "b", Vocabulary.DOC + "c",
        Vocabulary.DOC + "new/e")), changes.graphsChanged().toString());
    assertFalse(Files.readString(output.resolve(GraphBuild.DATASET_FILE)).contains("<" + Vocabulary.DOC + "c>"),
        "the removed document's graph is gone");

    Path scratch = dir.resolve("scratch");
    build(corpus, scratch, new SeedCorpus.Annotators());
    assertSameFiles(scratch, output);
    assertEquals(cacheEntries(scratch), cacheEntries(output), "stale annotations were pruned");
  }

  @Test
  void rebuildWithNothingChangedLoadsNoModelsAndLeavesTheFilesAlone() throws IOException {
    Path corpus = corpusV1();
    Path output = dir.resolve("out");
    build(corpus, output, new SeedCorpus.Annotators());
    List<FileTime> before = modified(output);

    BuildReport again = build(corpus, output, modelsForbidden());

    assertEquals(List.of("a", "b", "c", "d"), again.changes().unchanged());
    assertEquals(0, again.annotated());
    assertEquals(0, again.modelLoadMillis());
    assertEquals(List.of(), again.changes().graphsChanged());
    assertEquals(before, modified(output), "identical files are not rewritten");
  }

  @Test
  void ontologyChangeRebuildsTheGraphsItAffectsWithoutAnnotating() throws IOException {
    Path corpus = corpusV1();
    Path ontology = copyOntology();
    Path output = dir.resolve("out");
    build(corpus, output, new SeedCorpus.Annotators(), Knowledge.load(ontology));

    Path actors = ontology.resolve("gazetteer/actors.tsv");
    Files.writeString(actors, Files.readString(actors).replace("China\tChina\tState", "China\tPeople's China\tState"));
    Knowledge changed = Knowledge.load(ontology);
    BuildReport report = build(corpus, output, modelsForbidden(), changed);

    assertEquals(4, report.changes().unchanged().size());
    assertEquals(0, report.annotated());
    assertFalse(report.changes().graphsChanged().isEmpty(), "documents mentioning China changed");
    Path scratch = dir.resolve("scratch");
    build(corpus, scratch, new SeedCorpus.Annotators(), changed);
    assertSameFiles(scratch, output);
  }

  @Test
  void newProgramVersionAnnotatesEverythingAgain() {
    Path corpus = corpusV1();
    Path output = dir.resolve("out");
    BuildSettings settings = BuildSettings.builder().corpus(corpus).output(output).build();
    new GraphBuild(TestKnowledge.get(), new SeedCorpus.Annotators(), List.of(), List.of(), "1.0")
        .run(settings, BuildListener.SILENT);
    List<String> messages = new ArrayList<>();
    BuildListener listener = new BuildListener() {
      @Override
      public void info(String message) {
        messages.add(message);
      }
    };
    BuildReport report = new GraphBuild(TestKnowledge.get(), new SeedCorpus.Annotators(), List.of(), List.of(), "1.1")
        .run(settings, listener).report();
    assertEquals(4, report.annotated());
    assertTrue(messages.toString().contains("Diplograph 1.0 built the previous graph, 1.1 builds this one"),
        messages.toString());
  }

  @Test
  void damagedManifestCostsOnlyTheChangeReport() throws IOException {
    Path corpus = corpusV1();
    Path output = dir.resolve("out");
    build(corpus, output, new SeedCorpus.Annotators());
    Files.writeString(output.resolve(BuildManifest.FILE), "manifest\tnonsense\n");
    List<String> warnings = new ArrayList<>();
    BuildSettings settings = BuildSettings.builder().corpus(corpus).output(output).build();
    BuildReport report = new GraphBuild(TestKnowledge.get(), modelsForbidden()).run(settings, new BuildListener() {
      @Override
      public void warning(String message) {
        warnings.add(message);
      }
    }).report();
    assertEquals(4, report.changes().added().size());
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(BuildManifest.read(output).isPresent(), "a good manifest is written again");
  }

  private Path copyOntology() throws IOException {
    Path copy = dir.resolve("ontology");
    try (var files = Files.walk(TestKnowledge.ONTOLOGY)) {
      for (Path file : files.toList()) {
        Path target = copy.resolve(TestKnowledge.ONTOLOGY.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return copy;
  }

  private static List<FileTime> modified(Path output) throws IOException {
    List<FileTime> times = new ArrayList<>();
    for (String name : FILES) {
      times.add(Files.getLastModifiedTime(output.resolve(name)));
    }
    return times;
  }

  private static List<String> cacheEntries(Path output) throws IOException {
    try (var files = Files.list(GraphBuild.cacheDir(output))) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  /** An annotator factory that fails the test if a build asks it for models. */
  static AnnotatorFactory modelsForbidden() {
    return new AnnotatorFactory() {
      @Override
      public String fingerprint() {
        return new SeedCorpus.Annotators().fingerprint();
      }

      @Override
      public DocumentAnnotator create() {
        throw new AssertionError("the build loaded models although every annotation was cached");
      }
    };
  }
}
