package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.diplograph.SeedCorpus;
import org.diplograph.io.FolderLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diplograph build} as cron runs it: what it prints and the exit status it returns. */
class BuildCommandTest {
  @TempDir
  Path dir;

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {
    List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\n"));
    }
  }

  static Run build(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    Main main = new Main(List.of(new BuildCommand(threads -> new SeedCorpus.Annotators(), env::get)));
    List<String> all = new ArrayList<>(List.of("build"));
    Collections.addAll(all, args);
    int status = main.run(all.toArray(String[]::new), console);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path corpus(int documents) {
    Path corpus = dir.resolve("corpus");
    for (int i = 0; i < documents; i++) {
      SeedCorpus.write(corpus, "doc" + i + ".txt", i);
    }
    return corpus;
  }

  private String[] args(Path corpus, String... more) {
    List<String> args = new ArrayList<>(List.of("--corpus", corpus.toString(), "--output", dir.resolve("out").toString(),
        "--ontology", "ontology"));
    Collections.addAll(args, more);
    return args.toArray(String[]::new);
  }

  @Test
  void underCronPrintsPlainLinesAndOneSummary() {
    Path corpus = corpus(3);
    Run first = build(Map.of(), args(corpus));
    assertEquals(ExitCodes.OK, first.status(), first.err());
    assertFalse(first.err().contains("\r"), "no carriage returns in a log");
    String summary = first.errLines().get(first.errLines().size() - 1);
    assertTrue(summary.matches("built .*graph\\.ttl in \\d+\\.\\d s: 3 documents \\(3 new, 0 changed, 0 unchanged, "
        + "0 removed, 0 failed\\), 3 annotated, \\d+ triples, 5 graphs changed"), summary);

    Run again = build(Map.of(), args(corpus));
    assertEquals(ExitCodes.OK, again.status());
    assertEquals(1, again.errLines().size(), "a rebuild with nothing new prints only its summary:\n" + again.err());
    assertTrue(again.err().contains("(0 new, 0 changed, 3 unchanged, 0 removed, 0 failed), 0 annotated"), again.err());
  }

  @Test
  void badDocumentsAreNamedWithTheirReasonAndTheRestIsBuilt() throws Exception {
    Path corpus = corpus(2);
    Files.write(corpus.resolve("latin1.txt"), "Caf\u00e9 society met in Paris".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(corpus.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    Files.writeString(corpus.resolve("huge.txt"), "The minister said that the talks went well. ".repeat(30_000));

    Run run = build(Map.of(), args(corpus, "--max-doc-bytes", "1000000"));

    assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, run.status(), run.err());
    assertTrue(run.err().contains("skipped latin1.txt: not valid UTF-8"), run.err());
    assertTrue(run.err().contains("skipped binary.txt: binary data, not text"), run.err());
    assertTrue(run.err().contains("skipped empty.txt: empty file"), run.err());
    assertTrue(run.err().contains("skipped huge.txt: too large (1,320,000 bytes"), run.err());
    assertTrue(run.err().contains("2 documents (2 new, 0 changed, 0 unchanged, 0 removed, 4 failed)"), run.err());
    assertTrue(Files.isRegularFile(dir.resolve("out/graph.ttl")));
  }

  @Test
  void secondRunExitsWithLockedOrWaits() throws Exception {
    Path corpus = corpus(1);
    Path output = dir.resolve("out");
    try (FolderLock held = FolderLock.acquire(output, Duration.ZERO)) {
      Run locked = build(Map.of(), args(corpus));
      assertEquals(ExitCodes.LOCKED, locked.status());
      assertTrue(locked.err().contains("is in use by another build (pid " + ProcessHandle.current().pid()), locked.err());
      assertTrue(locked.err().contains("--wait SECONDS"), locked.err());
      assertFalse(Files.exists(output.resolve("graph.ttl")), "the locked-out run wrote nothing");
    }
    FolderLock held = FolderLock.acquire(output, Duration.ZERO);
    Thread release = new Thread(() -> {
      sleep(700);
      held.close();
    });
    release.start();
    Run waited = build(Map.of(), args(corpus, "--wait", "30"));
    release.join();
    assertEquals(ExitCodes.OK, waited.status(), waited.err());
  }

  @Test
  void quietRunPrintsNothingButProblemsAndTheSummary() {
    Path corpus = corpus(2);
    Run run = build(Map.of(), args(corpus, "--quiet"));
    assertEquals(1, run.errLines().size(), run.err());
  }

  @Test
  void publishOptionsAreChecked() {
    Path corpus = corpus(1);
    assertEquals(ExitCodes.USAGE, build(Map.of(), args(corpus, "--publish-user", "admin")).status());
    Run noPassword = build(Map.of(), args(corpus, "--publish", "http://localhost:1/ds", "--publish-user", "admin"));
    assertEquals(ExitCodes.USAGE, noPassword.status());
    assertTrue(noPassword.err().contains("DIPLOGRAPH_PUBLISH_PASSWORD"), noPassword.err());
    Run userInUrl = build(Map.of(), args(corpus, "--publish", "http://admin:secret@localhost:1/ds"));
    assertEquals(ExitCodes.USAGE, userInUrl.status());
    assertEquals(ExitCodes.USAGE, build(Map.of(), args(corpus, "--wait", "-1")).status());
  }

  @Test
  void unreachableEndpointKeepsTheBuildAndExitsWithPublishFailed() {
    Path corpus = corpus(1);
    Run run = build(Map.of("DIPLOGRAPH_PUBLISH_PASSWORD", "secret"),
        args(corpus, "--publish", "http://127.0.0.1:9/ds", "--publish-user", "admin"));
    assertEquals(ExitCodes.PUBLISH_FAILED, run.status(), run.err());
    assertTrue(run.err().contains("warning: publishing to http://127.0.0.1:9/ds failed: PUT <"), run.err());
    assertTrue(run.err().contains("publishing to http://127.0.0.1:9/ds FAILED, 3 change(s) left for the next run"),
        run.err());
    assertTrue(Files.isRegularFile(dir.resolve("out/graph.ttl")), "the graph is written all the same");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
