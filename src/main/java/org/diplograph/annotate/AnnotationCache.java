package org.diplograph.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.diplograph.clean.CleanArticle;
import org.diplograph.corpus.CorpusReader;
import org.diplograph.io.AtomicFiles;

/**
 * Annotations kept between runs, one CoNLL-U file per document, named by a hash of what the
 * annotation depends on: the cleaned text, the document date (relative dates are resolved against
 * it) and the annotator's fingerprint. A changed document or a new model version simply misses.
 *
 * <p>An entry also records which selection of sentences to parse it was made or last checked
 * under ({@link ParseSelector#fingerprint}): the sentences left unparsed depend on the pattern
 * files, which are not part of the key; while they are unchanged, the entry need not be checked.
 */
public final class AnnotationCache {
  private final Path directory;
  private final String fingerprint;
  private final Set<Path> used = new HashSet<>();

  public AnnotationCache(Path directory, String fingerprint) {
    this.directory = directory;
    this.fingerprint = fingerprint;
  }

  /** A cached annotation and the parse selection it was last checked under (empty if none). */
  public record Entry(AnnotatedDocument document, String selection) {}

  private static final String SELECTION = "# parse_selection = ";

  public synchronized Optional<Entry> get(CleanArticle article) {
    Path file = fileFor(article);
    used.add(file);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String selection = "";
      if (text.startsWith(SELECTION)) {
        selection = text.substring(SELECTION.length(), text.indexOf('\n'));
      }
      AnnotatedDocument cached = ConlluCodec.read(text);
      return Optional.of(new Entry(new AnnotatedDocument(article.id(), cached.sentences()), selection));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // unreadable entry: annotate again and overwrite it
    }
  }

  /** Stores an annotation whose unparsed sentences are those the selection {@code selection} leaves out. */
  public synchronized void put(CleanArticle article, AnnotatedDocument annotated, String selection) {
    Path file = fileFor(article);
    used.add(file);
    String stamp = selection == null || selection.isEmpty() ? "" : SELECTION + selection + "\n";
    AtomicFiles.writeString(file, stamp + ConlluCodec.write(annotated));
  }

  /**
   * Deletes entries no document of this run asked for, and temporary files a killed run left;
   * returns how many entries. Only for the holder of the output folder's lock.
   */
  public synchronized int prune() {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    int removed = 0;
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        if (file.getFileName().toString().endsWith(".conllu") && !used.contains(file)) {
          Files.deleteIfExists(file);
          removed++;
        } else if (AtomicFiles.isTemp(file)) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prune annotation cache " + directory, e);
    }
    return removed;
  }

  private Path fileFor(CleanArticle article) {
    return directory.resolve(fileName(fingerprint, article));
  }

  /** The entry's file name: the same in every cache folder, local or on a cluster's file system. */
  public static String fileName(String fingerprint, CleanArticle article) {
    String key = fingerprint + "\n" + article.date().map(Object::toString).orElse("-") + "\n" + article.text();
    return CorpusReader.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ".conllu";
  }

  /** The fingerprint a build keys its cache with: a new program version re-annotates everything. */
  public static String fingerprint(String programVersion, String annotatorFingerprint) {
    return "diplograph " + programVersion + "|" + annotatorFingerprint;
  }
}
