package org.diplograph.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads every {@code .txt} file below a corpus folder (sub-folders included). A file that cannot
 * be used becomes an {@link InputProblem}; it never stops the others from being read.
 */
public final class CorpusReader {
  private final TextChecks checks;

  public CorpusReader(TextChecks checks) {
    this.checks = checks;
  }

  public Corpus read(Path corpusDir) {
    if (!Files.isDirectory(corpusDir)) {
      throw new IllegalArgumentException("corpus folder not found: " + corpusDir);
    }
    Map<String, Article> byId = new TreeMap<>();
    List<InputProblem> problems = new ArrayList<>();
    for (Path file : textFiles(corpusDir, problems)) {
      String relative = corpusDir.relativize(file).toString().replace('\\', '/');
      String id = DocumentIds.fromRelativePath(relative);
      CorpusEntry entry = readOne(file, relative, id);
      if (entry instanceof Article article) {
        Article clash = byId.putIfAbsent(id, article);
        if (clash != null) {
          problems.add(new InputProblem(relative,
              "document id '" + id + "' is already used by " + clash.sourcePath()));
        }
      } else {
        problems.add((InputProblem) entry);
      }
    }
    return new Corpus(List.copyOf(byId.values()), problems);
  }

  /** Reads and checks one file. */
  public CorpusEntry readOne(Path file, String relative, String id) {
    try {
      if (!Files.isReadable(file)) {
        return new InputProblem(relative, "not readable (permission denied)");
      }
      var sizeProblem = checks.checkSize(Files.size(file));
      if (sizeProblem.isPresent()) {
        return new InputProblem(relative, sizeProblem.get());
      }
      return fromBytes(Files.readAllBytes(file), relative, id);
    } catch (IOException e) {
      return new InputProblem(relative, "cannot be read (" + e.getMessage() + ")");
    }
  }

  /**
   * Checks the bytes of one file whose size passed {@link TextChecks#checkSize}, wherever they were
   * read from (the Spark job reads them from any Hadoop file system).
   */
  public CorpusEntry fromBytes(byte[] bytes, String relative, String id) {
    TextChecks.Decoded decoded = checks.decode(bytes);
    if (!decoded.isOk()) {
      return new InputProblem(relative, decoded.reason());
    }
    var contentProblem = checks.checkContent(decoded.text());
    if (contentProblem.isPresent()) {
      return new InputProblem(relative, contentProblem.get());
    }
    // Line ends become '\n' without changing the length: offsets stay offsets into the file.
    String text = decoded.text().replace("\r\n", " \n").replace('\r', '\n');
    return new Article(id, relative, text, sha256(bytes));
  }

  /**
   * The corpus's {@code .txt} files, sorted. A folder or file that cannot be listed or read (no
   * permission, deleted while the corpus is being walked) becomes a problem, not a failed build.
   */
  private static List<Path> textFiles(Path dir, List<InputProblem> problems) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
          return !folder.equals(dir) && isHidden(dir.relativize(folder))
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".txt") && !isHidden(dir.relativize(file))) {
            files.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          String what = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
              : e instanceof java.nio.file.NoSuchFileException ? "it disappeared while the corpus was read" : e.toString();
          problems.add(new InputProblem(dir.relativize(file).toString().replace('\\', '/'), "cannot be read (" + what + ")"));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list corpus folder " + dir, e);
    }
    files.sort(null);
    return files;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

}
