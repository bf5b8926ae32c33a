package org.diplograph.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Replaces several files of one folder as a set: the graph, its named-graph twin and the manifest
 * that describes them must never disagree for longer than a crash takes to recover from.
 *
 * <p>Every file is first written in full to a hidden temporary file and flushed ({@link #stage}).
 * {@link #commit} then writes a journal ({@code .commit}) listing the renames, performs them, and
 * deletes the journal. A process killed during the renames leaves the journal behind, and
 * {@link #recover} (run by the next build before it reads anything) finishes them: every temporary
 * file named in a journal is complete, because the journal is written only after all of them were
 * flushed. Killed before the journal exists, the run leaves the previous files untouched; its
 * temporary files are deleted by {@code recover}.
 *
 * <p>A staged file identical to its target is dropped instead of renamed, so an unchanged output
 * keeps its modification time and watchers see nothing.
 */
public final class StagedFiles {
  static final String JOURNAL = ".commit";

  private final Path folder;
  private final Map<Path, Path> staged = new LinkedHashMap<>();

  public StagedFiles(Path folder) {
    this.folder = folder;
  }

  /** Writes {@code name}'s new content beside it; nothing is visible until {@link #commit}. */
  public void stage(String name, AtomicFiles.Content content) {
    Path target = folder.resolve(name);
    if (staged.containsKey(target)) {
      throw new IllegalStateException(name + " is staged twice");
    }
    staged.put(target, AtomicFiles.writeTemp(target, content));
  }

  /** Replaces the staged files; returns the names of those whose content changed. */
  public List<String> commit() {
    try {
      Map<Path, Path> renames = new LinkedHashMap<>();
      for (var entry : staged.entrySet()) {
        Path target = entry.getKey();
        Path temp = entry.getValue();
        if (Files.isRegularFile(target) && Files.mismatch(temp, target) == -1) {
          Files.delete(temp);
        } else {
          renames.put(temp, target);
        }
      }
      staged.clear();
      if (renames.isEmpty()) {
        return List.of();
      }
      Path journal = folder.resolve(JOURNAL);
      AtomicFiles.writeString(journal, journalText(renames));
      List<String> changed = new ArrayList<>();
      for (var rename : renames.entrySet()) {
        AtomicFiles.replace(rename.getKey(), rename.getValue());
        changed.add(rename.getValue().getFileName().toString());
      }
      AtomicFiles.syncFolder(folder);
      Files.delete(journal);
      AtomicFiles.syncFolder(folder);
      return changed;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace the files in " + folder, e);
    }
  }

  /** Deletes what was staged and not committed (the build failed before writing). */
  public void abandon() {
    for (Path temp : staged.values()) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // hidden, and deleted by the next recover()
      }
    }
    staged.clear();
  }

  /**
   * Finishes a commit that a killed process left half done, then deletes stray temporary files.
   * Call it while holding the folder's lock, before reading the folder. Returns the names of the
   * files it put in place (empty when there was nothing to finish).
   */
  public static List<String> recover(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try {
      List<String> finished = new ArrayList<>();
      Path journal = folder.resolve(JOURNAL);
      if (Files.isRegularFile(journal)) {
        for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
          String[] names = line.split("\t");
          if (names.length != 2) {
            continue;
          }
          Path temp = folder.resolve(names[0]);
          if (Files.isRegularFile(temp)) {
            AtomicFiles.replace(temp, folder.resolve(names[1]));
            finished.add(names[1]);
          }
        }
        AtomicFiles.syncFolder(folder);
        Files.delete(journal);
      }
      deleteTemporaryFiles(folder);
      return finished;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot recover the interrupted update of " + folder, e);
    }
  }

  /** Temporary files of killed writers in {@code folder} (not below it). */
  public static void deleteTemporaryFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(AtomicFiles::isTemp).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** One rename per line, as file names relative to the folder: {@code temp<TAB>target}. */
  private static String journalText(Map<Path, Path> renames) {
    StringBuilder text = new StringBuilder();
    renames.forEach((temp, target) ->
        text.append(temp.getFileName()).append('\t').append(target.getFileName()).append('\n'));
    return text.toString();
  }
}
