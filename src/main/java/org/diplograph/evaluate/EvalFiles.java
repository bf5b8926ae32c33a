package org.diplograph.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.io.Tsv;

/** The evaluation sets' tab-separated files: a header line starting "id", then data rows. */
final class EvalFiles {
  private EvalFiles() {}

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
