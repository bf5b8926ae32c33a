package org.diplograph.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.io.Tsv;

/** The evaluation sets' files: tab-separated tables (a header line starting "id", then rows) and one-sentence documents. */
final class EvalFiles {
  private EvalFiles() {}

  /** One sentence as a one-sentence document, {@code <id>.txt}: a date line (if known), then the sentence. */
  static void writeSentence(Path corpus, String id, String date, String sentence) {
    try {
      Files.createDirectories(corpus);
      String dateLine = date.isBlank() ? "" : "date " + date + "\n\n";
      Files.writeString(corpus.resolve(id + ".txt"), dateLine + sentence + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the evaluation corpus " + corpus, e);
    }
  }

  static List<String[]> rows(Path file, int minColumns) {
    List<String[]> out = new ArrayList<>();
    for (Tsv.Row row : Tsv.read(file, minColumns)) {
      if (!row.get(0).equals("id")) {
        out.add(row.cells().toArray(String[]::new));
      }
    }
    return out;
  }
}
