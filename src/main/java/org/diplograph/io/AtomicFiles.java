package org.diplograph.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces files atomically: the content is written to a temporary file beside the target,
 * flushed to disk, then renamed over it. A reader sees the old file or the new one, never half of
 * one, and a run killed mid-write leaves the previous file in place.
 */
public final class AtomicFiles {
  private static final String TEMP_SUFFIX = ".tmp";

  private AtomicFiles() {}

  /** Writes the target through a temporary sibling. */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void write(Path target, Content content) {
    Path temp = writeTemp(target, content);
    try {
      replace(temp, target);
      syncFolder(target.toAbsolutePath().getParent());
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  /**
   * First half of {@link #write}: the content in a hidden temporary file beside the target
   * ({@code .name.<random>.tmp}), flushed to disk. The caller renames it with {@link #replace}.
   */
  public static Path writeTemp(Path target, Content content) {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + target.getFileName() + ".", TEMP_SUFFIX);
      readableByOthers(temp, target);
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        content.writeTo(out);
      }
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Path written = temp;
      temp = null;
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    } finally {
      deleteQuietly(temp);
    }
  }

  /** Second half of {@link #write}: renames the temporary file over the target in one step. */
  public static void replace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Whether a file name is one of our temporary files (left behind only by a killed process). */
  public static boolean isTemp(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
  }

  /**
   * Flushes a folder's entries, so that a rename survives a power cut and not only a crash of the
   * process. Not every platform can open a folder; there the rename is still atomic.
   */
  public static void syncFolder(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // best effort (e.g. Windows cannot open a directory)
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the temporary file is hidden and removed by the next build
      }
    }
  }

  /**
   * Temporary files are created private (rw-------); the published file must stay readable by a
   * Fuseki or web server running as another user, so it gets the target's permissions, or rw-r--r--.
   */
  private static void readableByOthers(Path temp, Path target) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }

  public static void writeString(Path target, String text) {
    write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
