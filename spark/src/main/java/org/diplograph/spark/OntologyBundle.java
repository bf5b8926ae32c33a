package org.diplograph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The ontology folder (ontology, gazetteer, patterns, cleaning and merging rules, 6 MB) as bytes by
 * relative path, read once on the driver from any Hadoop file system and broadcast; each executor
 * JVM writes it to a local folder once and loads it from there ({@link ExecutorContext}), so the
 * executors need no shared file system for it.
 */
record OntologyBundle(Map<String, byte[]> files, String key) implements Serializable {

  static OntologyBundle read(String folder, Configuration conf) {
    try {
      org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(folder);
      FileSystem fs = root.getFileSystem(conf);
      org.apache.hadoop.fs.Path qualified = fs.makeQualified(root);
      if (!fs.getFileStatus(qualified).isDirectory()) {
        throw new IllegalArgumentException("ontology folder not found: " + folder);
      }
      Map<String, byte[]> files = new TreeMap<>();
      String prefix = qualified.toUri().getPath();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(qualified, true);
      while (it.hasNext()) {
        LocatedFileStatus status = it.next();
        String relative = status.getPath().toUri().getPath().substring(prefix.length() + 1);
        try (InputStream in = fs.open(status.getPath())) {
          files.put(relative, in.readAllBytes());
        }
      }
      return new OntologyBundle(files, key(files));
    } catch (java.io.FileNotFoundException e) {
      throw new IllegalArgumentException("ontology folder not found: " + folder, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ontology folder " + folder, e);
    }
  }

  /** Writes the files below a new temporary folder and returns it. */
  Path materialize() {
    try {
      Path dir = Files.createTempDirectory("diplograph-ontology");
      for (var file : files.entrySet()) {
        Path target = dir.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the ontology folder to local disk", e);
    }
  }

  /** Identifies the content, for keeping one loaded copy per JVM. */
  private static String key(Map<String, byte[]> files) {
    java.security.MessageDigest digest;
    try {
      digest = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    files.forEach((name, bytes) -> {
      digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      digest.update(bytes);
    });
    return java.util.HexFormat.of().formatHex(digest.digest());
  }
}
