package org.diplograph.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The corpus's documents on any Hadoop file system, listed on the driver (names and sizes only,
 * as Spark's own file sources do): every {@code .txt} file below the folder, hidden files and
 * folders left out, as {@link org.diplograph.corpus.CorpusReader} reads a local folder.
 */
final class CorpusListing {
  private CorpusListing() {}

  static List<Rows.SourceFile> list(String corpus, Configuration conf) {
    try {
      Path root = new Path(corpus);
      FileSystem fs = root.getFileSystem(conf);
      Path qualified = fs.makeQualified(root);
      if (!fs.getFileStatus(qualified).isDirectory()) {
        throw new IllegalArgumentException("corpus folder not found: " + corpus);
      }
      String prefix = qualified.toUri().getPath();
      List<Rows.SourceFile> files = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(qualified, true);
      while (it.hasNext()) {
        LocatedFileStatus status = it.next();
        String relative = status.getPath().toUri().getPath().substring(prefix.endsWith("/") ? prefix.length() : prefix.length() + 1);
        if (status.isFile() && relative.endsWith(".txt") && !hidden(relative)) {
          files.add(new Rows.SourceFile(relative, status.getPath().toString(), status.getLen()));
        }
      }
      files.sort(Comparator.comparing(Rows.SourceFile::relative));
      return files;
    } catch (FileNotFoundException e) {
      throw new IllegalArgumentException("corpus folder not found: " + corpus, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list corpus folder " + corpus, e);
    }
  }

  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
