package org.diplograph.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code CAMEO2PLOVER-2021.txt} ({@code code: TYPE, mode, context # description}) into rows
 * of {@code code TYPE mode context description}, the form shipped as
 * {@code ontology/patterns/cameo-plover.tsv}.
 */
public final class PloverTable {
  private static final Pattern ROW = Pattern.compile("^(\\d{2,4}):\\s*([A-Z_]+)\\s*(?:,([^,#]*))?(?:,([^#]*))?(?:#\\s*(.*))?$");

  private PloverTable() {}

  public static List<String> convert(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<String> rows = new ArrayList<>();
    for (String line : lines) {
      Matcher m = ROW.matcher(line.strip());
      if (m.matches()) {
        rows.add(String.join("\t", m.group(1), m.group(2), cell(m.group(3)), cell(m.group(4)), cell(m.group(5))));
      }
    }
    return rows;
  }

  private static String cell(String value) {
    String v = value == null ? "" : value.strip().replaceAll("\\s+", " ");
    return v.isEmpty() ? "-" : v;
  }
}
