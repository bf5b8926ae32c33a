package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportFormatTest {
  @Test
  void listsParseInFormatOrderWithoutRepeats() {
    assertEquals(List.of(ExportFormat.TTL, ExportFormat.GRAPHML, ExportFormat.SVG),
        List.copyOf(ExportFormat.parseList("svg, ttl,graphml,ttl")));
    assertEquals(EnumSet.allOf(ExportFormat.class), ExportFormat.parseList("all"));
    assertEquals(EnumSet.of(ExportFormat.JSONLD, ExportFormat.RDFXML), ExportFormat.parseList("json-ld,rdf"));
  }

  @Test
  void anUnknownFormatIsNamedWithTheChoices() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parseList("ttl,xml"));
    assertTrue(e.getMessage().contains("unknown export format xml"), e.getMessage());
    assertTrue(e.getMessage().contains("ttl nt trig nq jsonld rdf csv graphml dot svg png"), e.getMessage());
  }
}
