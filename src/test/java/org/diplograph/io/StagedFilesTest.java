package org.diplograph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph files are replaced as a set, and a set left half-replaced by a crash is completed. */
class StagedFilesTest {
  @TempDir
  Path dir;

  private void stage(StagedFiles files, String name, String text) {
    files.stage(name, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void nothingIsVisibleBeforeCommitAndEverythingAfter() throws IOException {
    Files.writeString(dir.resolve("a"), "old a");
    Files.writeString(dir.resolve("b"), "old b");
    StagedFiles files = new StagedFiles(dir);
    stage(files, "a", "new a");
    stage(files, "b", "new b");
    assertEquals("old a", Files.readString(dir.resolve("a")));
    assertEquals("old b", Files.readString(dir.resolve("b")));

    assertEquals(List.of("a", "b"), files.commit());
    assertEquals("new a", Files.readString(dir.resolve("a")));
    assertEquals("new b", Files.readString(dir.resolve("b")));
    assertEquals(List.of("a", "b"), names(dir), "no journal or temporary file is left");
  }

  @Test
  void identicalContentIsNotRewritten() throws IOException {
    Files.writeString(dir.resolve("a"), "same");
    FileTime before = FileTime.fromMillis(1_000_000);
    Files.setLastModifiedTime(dir.resolve("a"), before);
    StagedFiles files = new StagedFiles(dir);
    stage(files, "a", "same");
    stage(files, "b", "new");
    assertEquals(List.of("b"), files.commit());
    assertEquals(before, Files.getLastModifiedTime(dir.resolve("a")));
    assertEquals(List.of("a", "b"), names(dir));
  }

  @Test
  void abandonedStagingLeavesTheOldFiles() throws IOException {
    Files.writeString(dir.resolve("a"), "old a");
    StagedFiles files = new StagedFiles(dir);
    stage(files, "a", "new a");
    files.abandon();
    assertEquals("old a", Files.readString(dir.resolve("a")));
    assertEquals(List.of("a"), names(dir));
  }

  /** The state a process killed between the first and second rename leaves, repaired by the next run. */
  @Test
  void recoverFinishesACommitKilledHalfWay() throws IOException {
    Files.writeString(dir.resolve("graph"), "new graph");               // renamed before the kill
    Files.writeString(dir.resolve("manifest"), "old manifest");         // not yet
    Files.writeString(dir.resolve(".manifest.123.tmp"), "new manifest");
    Files.writeString(dir.resolve(StagedFiles.JOURNAL), ".graph.456.tmp\tgraph\n.manifest.123.tmp\tmanifest\n");
    Files.writeString(dir.resolve(".stray.789.tmp"), "from a writer killed earlier");

    assertEquals(List.of("manifest"), StagedFiles.recover(dir));

    assertEquals("new graph", Files.readString(dir.resolve("graph")));
    assertEquals("new manifest", Files.readString(dir.resolve("manifest")));
    assertEquals(List.of("graph", "manifest"), names(dir));
  }

  /** Killed while staging (before the journal): the old files stay, the temporary ones go. */
  @Test
  void recoverWithoutJournalOnlyCleansUp() throws IOException {
    Files.writeString(dir.resolve("graph"), "old graph");
    Files.writeString(dir.resolve(".graph.123.tmp"), "half a new gr");
    assertEquals(List.of(), StagedFiles.recover(dir));
    assertEquals("old graph", Files.readString(dir.resolve("graph")));
    assertEquals(List.of("graph"), names(dir));
  }

  @Test
  void recoverOnAMissingFolderDoesNothing() {
    assertEquals(List.of(), StagedFiles.recover(dir.resolve("none")));
    assertFalse(Files.exists(dir.resolve("none")));
  }

  @Test
  void atomicWriteKeepsTheTargetsPermissions() throws IOException {
    Path target = dir.resolve("shared");
    AtomicFiles.writeString(target, "v1");
    assertTrue(Files.getPosixFilePermissions(target).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
