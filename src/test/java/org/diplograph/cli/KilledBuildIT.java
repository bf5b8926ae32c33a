package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.diplograph.SeedCorpus;
import org.diplograph.io.FolderLock;
import org.diplograph.io.StagedFiles;
import org.diplograph.pipeline.BuildManifest;
import org.diplograph.pipeline.BuildPhase;
import org.diplograph.pipeline.GraphBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL ({@code kill -9}) at any moment leaves the previous complete output,
 * and the next run completes the work. The build runs in a child JVM ({@link SlowBuildMain}).
 */
class KilledBuildIT {
  private static final List<String> FILES = List.of(GraphBuild.GRAPH_FILE, GraphBuild.DATASET_FILE, BuildManifest.FILE);

  @TempDir
  Path dir;

  /** v1: seed texts 0, 1, 2 as d0, d1, d2. */
  private void corpusV1(Path corpus) throws IOException {
    clear(corpus);
    for (int i = 0; i < 3; i++) {
      SeedCorpus.write(corpus, "d" + i + ".txt", i);
    }
  }

  /** v2: d0 withdrawn, d1 corrected (seed text 3), d2 unchanged, d4 new (seed text 4). */
  private void corpusV2(Path corpus) throws IOException {
    clear(corpus);
    SeedCorpus.write(corpus, "d1.txt", 3);
    SeedCorpus.write(corpus, "d2.txt", 2);
    SeedCorpus.write(corpus, "d4.txt", 4);
  }

  private String[] args(Path corpus, Path output) {
    return new String[] {"build", "--corpus", corpus.toString(), "--output", output.toString(), "--ontology", "ontology"};
  }

  /** Builds {@code corpus} from scratch in a fresh folder; returns the three files' bytes. */
  private Map<String, byte[]> reference(Path corpus, String name) throws IOException {
    Path output = dir.resolve(name);
    assertEquals(ExitCodes.OK, BuildCommandTest.build(Map.of(), args(corpus, output)).status());
    return contents(output);
  }

  /** The outputs of a from-scratch build of each corpus version. */
  private record Versions(Map<String, byte[]> v1, Map<String, byte[]> v2) {
    /** "v1" or "v2" for the version {@code output} holds in full; null for anything else. */
    String of(Map<String, byte[]> output) {
      return sameAs(output, v1) ? "v1" : sameAs(output, v2) ? "v2" : null;
    }
  }

  private void corpusAt(Path corpus, String version) throws IOException {
    if (version.equals("v1")) {
      corpusV1(corpus);
    } else {
      corpusV2(corpus);
    }
  }

  /** Records both versions' reference outputs, then leaves {@code output} built at v1 from scratch. */
  private Versions builtAtV1(Path corpus, Path output) throws IOException {
    corpusV2(corpus);
    Map<String, byte[]> v2 = reference(corpus, "scratch-v2");
    corpusV1(corpus);
    assertEquals(ExitCodes.OK, BuildCommandTest.build(Map.of(), args(corpus, output)).status());
    return new Versions(contents(output), v2);
  }

  @Test
  void killedWhileAnnotatingLeavesThePreviousOutputAndTheNextRunFinishes() throws Exception {
    Path corpus = dir.resolve("corpus");
    Path output = dir.resolve("out");
    Versions versions = builtAtV1(corpus, output);
    Map<String, byte[]> v1 = versions.v1();
    Map<String, byte[]> v2 = versions.v2();

    corpusV2(corpus);
    Child child = Child.start(2000, args(corpus, output));
    child.awaitLine("annotated 1/2 documents", Duration.ofSeconds(60));
    BuildCommandTest.Run second = BuildCommandTest.build(Map.of(), args(corpus, output));
    assertEquals(ExitCodes.LOCKED, second.status(), "a second run while the child builds: " + second.err());
    assertTrue(second.err().contains("in use by another build (pid " + child.pid()), second.err());
    child.kill();

    assertSame(v1, contents(output), "after the kill the previous output is intact");
    FolderLock.acquire(output, Duration.ZERO).close(); // the kernel released the dead child's lock

    BuildCommandTest.Run next = BuildCommandTest.build(Map.of(), args(corpus, output));
    assertEquals(ExitCodes.OK, next.status(), next.err());
    assertTrue(next.err().contains("(1 new, 1 changed, 1 unchanged, 1 removed, 0 failed), 1 annotated"),
        "the document the killed run annotated came from the cache:\n" + next.err());
    assertSame(v2, contents(output), "the next run's output is that of a build from scratch");
  }

  @Test
  void killedAtAnyMomentNeverLeavesAHalfWrittenOutput() throws Exception {
    Path corpus = dir.resolve("corpus");
    Path output = dir.resolve("out");
    Versions versions = builtAtV1(corpus, output);

    // How long a whole child run takes here (JVM start, knowledge, build), to spread the kills over it
    corpusV2(corpus);
    long start = System.nanoTime();
    Child whole = Child.start(150, args(corpus, dir.resolve("timing")));
    whole.process.waitFor(120, TimeUnit.SECONDS);
    long runMillis = (System.nanoTime() - start) / 1_000_000;

    List<String> outcomes = new ArrayList<>();
    int rounds = 10;
    long[] killAfterMillis = new long[rounds];
    for (int round = 0; round < rounds; round++) {
      killAfterMillis[round] = runMillis * (30 + 8 * round) / 100; // 30% .. 102% of a run
    }
    for (int round = 0; round < rounds; round++) {
      corpusAt(corpus, round % 2 == 0 ? "v2" : "v1");
      Child child = Child.start(150, args(corpus, output));
      Thread.sleep(killAfterMillis[round]);
      boolean finished = child.kill();
      if (Files.exists(output.resolve(".commit"))) {
        outcomes.add("journal left");
        StagedFiles.recover(output); // what the next build does first
      }
      String state = versions.of(contents(output));
      if (state == null) {
        fail("round " + round + ": the output is neither v1 nor v2 after a kill at " + killAfterMillis[round]
            + " ms; child printed:\n" + child.output());
      }
      outcomes.add(killAfterMillis[round] + " ms: " + (finished ? "had finished" : "killed") + ", output " + state);
    }
    System.out.println("a whole run takes " + runMillis + " ms; kill rounds: " + outcomes);
    assertTrue(outcomes.stream().anyMatch(o -> o.contains("killed, output v1")), outcomes.toString());
    corpusV2(corpus);
    assertEquals(ExitCodes.OK, BuildCommandTest.build(Map.of(), args(corpus, output)).status());
    assertSame(versions.v2(), contents(output), "after all the kills, a run gives the output of a build from scratch");
  }

  /**
   * Killed as each phase starts, the kill landing a few milliseconds into it: before the new
   * files are in place the previous output stays; once publishing starts, the new one is there.
   */
  @Test
  void killedInEachPhaseLeavesTheOldOrTheNewOutputComplete() throws Exception {
    Path corpus = dir.resolve("corpus");
    Path output = dir.resolve("out");
    Versions versions = builtAtV1(corpus, output);

    List<String> outcomes = new ArrayList<>();
    boolean atV1 = true;
    for (BuildPhase phase : BuildPhase.values()) {
      corpusAt(corpus, atV1 ? "v2" : "v1");
      Child child = Child.start(100, "--phases", corpus.toString(), output.toString());
      child.awaitLine("phase " + phase, Duration.ofSeconds(60));
      child.kill();
      boolean journal = Files.exists(output.resolve(".commit"));
      StagedFiles.recover(output); // what the next build does first
      String state = versions.of(contents(output));
      if (state == null) {
        fail("killed at " + phase + ": the output is neither v1 nor v2; child printed:\n" + child.output());
      }
      boolean isV1 = state.equals("v1");
      if (phase.compareTo(BuildPhase.WRITING) < 0) {
        assertEquals(atV1, isV1, "killed at " + phase + ", before writing: the previous output stays");
      } else if (phase == BuildPhase.PUBLISHING) {
        assertEquals(!atV1, isV1, "killed at " + phase + ", after writing: the new output is in place");
      }
      outcomes.add(phase + (journal ? " (journal left)" : "") + ": " + (isV1 ? "v1" : "v2"));
      atV1 = isV1;
    }
    System.out.println("killed at each phase: " + outcomes);
  }

  private static Map<String, byte[]> contents(Path output) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    for (String name : FILES) {
      files.put(name, Files.readAllBytes(output.resolve(name)));
    }
    return files;
  }

  private static boolean sameAs(Map<String, byte[]> a, Map<String, byte[]> b) {
    return FILES.stream().allMatch(name -> java.util.Arrays.equals(a.get(name), b.get(name)));
  }

  private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual, String message) {
    for (String name : FILES) {
      assertArrayEquals(expected.get(name), actual.get(name), message + " (" + name + ")");
    }
  }

  private static void clear(Path corpus) throws IOException {
    if (Files.isDirectory(corpus)) {
      try (var files = Files.list(corpus)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    }
  }

  /** A build in a child JVM whose output lines are collected as they come. */
  private static final class Child {
    private final Process process;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    private Child(Process process) {
      this.process = process;
      Thread reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            lines.add(line);
          }
        } catch (IOException e) {
          lines.add("(reading the child's output failed: " + e + ")");
        }
      });
      reader.setDaemon(true);
      reader.start();
    }

    static Child start(long millisPerDocument, String... args) throws IOException {
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
          "-Ddiplograph.test.millisPerDocument=" + millisPerDocument,
          "-cp", System.getProperty("java.class.path"), SlowBuildMain.class.getName()));
      Collections.addAll(command, args);
      return new Child(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    long pid() {
      return process.pid();
    }

    void awaitLine(String text, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        synchronized (lines) {
          if (lines.stream().anyMatch(l -> l.contains(text))) {
            return;
          }
        }
        if (!process.isAlive()) {
          break;
        }
        Thread.sleep(20);
      }
      process.destroyForcibly();
      fail("the child never printed '" + text + "'; it printed:\n" + output());
    }

    /** SIGKILL, like {@code kill -9}; returns whether the child had already exited by itself. */
    boolean kill() throws InterruptedException {
      boolean finished = !process.isAlive();
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
      return finished;
    }

    String output() {
      synchronized (lines) {
        return String.join("\n", lines);
      }
    }
  }
}
