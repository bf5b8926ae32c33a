package org.diplograph.graph;

/**
 * Converts Java string offsets (UTF-16 code units) into Unicode code point offsets, which is how
 * Python, SPARQL's SUBSTR and most tools count characters; they differ after an emoji or another
 * character outside the Basic Multilingual Plane. Up to the first such character the two are the
 * same, so most texts need no counting (counting from the start for every mention of a long
 * article was a measurable part of building its graph).
 */
final class OffsetMap {
  private final String text;
  private final int firstSurrogate;

  OffsetMap(String text) {
    this.text = text;
    int first = text.length();
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        first = i;
        break;
      }
    }
    this.firstSurrogate = first;
  }

  int codePoint(int utf16Offset) {
    int offset = Math.min(utf16Offset, text.length());
    return offset <= firstSurrogate ? offset : text.codePointCount(0, offset);
  }
}
