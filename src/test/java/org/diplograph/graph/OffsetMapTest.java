package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OffsetMapTest {
  @Test
  void offsetsCountCodePointsAfterAnEmojiOnly() {
    String text = "Xi met Putin 😀 in Moscow";
    OffsetMap map = new OffsetMap(text);
    assertEquals(3, map.codePoint(3));
    assertEquals(13, map.codePoint(13));
    int moscow = text.indexOf("Moscow");
    assertEquals(moscow - 1, map.codePoint(moscow));
    assertEquals(text.codePointCount(0, text.length()), map.codePoint(text.length() + 5));
    assertEquals(6, new OffsetMap("no emoji").codePoint(6));
  }
}
