package org.diplograph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Reading and writing whole files on any Hadoop file system. */
final class FsFiles {
  private FsFiles() {}

  static byte[] read(String uri, Configuration conf) throws IOException {
    Path path = new Path(uri);
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      return in.readAllBytes();
    }
  }

  /** The file's text, or null if there is none. */
  static String readIfExists(Path path, Configuration conf) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    try (InputStream in = fs.open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.FileNotFoundException e) {
      return null;
    }
  }

  /**
   * Writes the file under a temporary name beside it and renames it into place, so that a reader
   * (another task, the next run) sees the whole file or none; a lost race leaves the other
   * writer's equal file.
   */
  static void writeAtomically(Path target, String text, Configuration conf) {
    try {
      FileSystem fs = target.getFileSystem(conf);
      Path tmp = new Path(target.getParent(), "." + target.getName() + "." + UUID.randomUUID() + ".tmp");
      try (OutputStream out = fs.create(tmp, true)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
      if (!fs.rename(tmp, target)) {
        fs.delete(tmp, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }
}
