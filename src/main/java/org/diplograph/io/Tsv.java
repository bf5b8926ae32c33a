package org.diplograph.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's tab-separated data files: {@code #} starts a comment line, blank lines are
 * skipped, cells are trimmed. Each row remembers its file and line, so a loader can say exactly
 * where a bad entry is.
 */
public final class Tsv {
  private Tsv() {}

  /** A data row: its cells and where it came from ({@code file.tsv:12}). */
  public record Row(String where, List<String> cells) {
    public String get(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }

    public IllegalArgumentException error(String message) {
      return new IllegalArgumentException(where + ": " + message);
    }
  }

  public static List<Row> read(Path file, int minColumns) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String cell : line.split("\t", -1)) {
        cells.add(cell.trim());
      }
      Row row = new Row(file.getFileName() + ":" + (i + 1), cells);
      if (cells.size() < minColumns) {
        throw row.error("expected " + minColumns + " tab-separated columns, found " + cells.size());
      }
      rows.add(row);
    }
    return rows;
  }
}
