package org.diplograph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;

/**
 * RFC 4180 lines as both neo4j-admin and Apache AGE's loader (libcsv) read them: comma-separated,
 * a field quoted only when it holds a comma, quote, line break or edge space (quoted numbers could be
 * taken for strings), arrays joined with ';' (neo4j-admin's default array delimiter).
 */
final class Csv {
  private Csv() {}

  static void row(Writer out, List<?> fields) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(field(fields.get(i)));
    }
    out.write(line.append('\n').toString());
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    String text = value instanceof Collection<?> list ? array(list) : value.toString();
    boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
        || (!text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))));
    return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }

  /** Items joined with ';'; an item's own ';' becomes ',' so the array keeps its length. */
  private static String array(Collection<?> items) {
    StringBuilder joined = new StringBuilder();
    for (Object item : items) {
      if (joined.length() > 0) {
        joined.append(';');
      }
      joined.append(item.toString().replace(';', ','));
    }
    return joined.toString();
  }
}
