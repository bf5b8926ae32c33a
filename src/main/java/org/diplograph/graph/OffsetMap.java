package org.diplograph.graph;

/**
 * Converts Java string offsets (UTF-16 code units) into Unicode code point offsets, which is how
 * Python, SPARQL's SUBSTR and most tools count characters; they differ after an emoji or another
 * character outside the Basic Multilingual Plane.
 */
final class OffsetMap {
  private final String text;

  OffsetMap(String text) {
    this.text = text;
  }

  int codePoint(int utf16Offset) {
    return text.codePointCount(0, Math.min(utf16Offset, text.length()));
  }
}
