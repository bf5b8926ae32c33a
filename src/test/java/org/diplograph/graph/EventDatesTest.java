package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.Test;

class EventDatesTest {
  @Test
  void daysMonthsYearsAndWeeks() {
    var day = EventDates.resolve("2024-12-31").orElseThrow();
    assertEquals(XSDDatatype.XSDdate.getURI(), day.value().getLiteralDatatypeURI());
    var month = EventDates.resolve("2024-05").orElseThrow();
    assertEquals(XSDDatatype.XSDgYearMonth.getURI(), month.value().getLiteralDatatypeURI());
    assertEquals(LocalDate.of(2024, 5, 31), month.latest());
    var year = EventDates.resolve("2022").orElseThrow();
    assertEquals(LocalDate.of(2022, 1, 1), year.earliest());
    var week = EventDates.resolve("2025-W08").orElseThrow();
    assertNull(week.value(), "a week has no XSD type");
    assertEquals(LocalDate.of(2025, 2, 17), week.earliest());
    assertEquals(LocalDate.of(2025, 2, 23), week.latest());
  }

  @Test
  void valuesNoCalendarHasAreDropped() {
    assertTrue(EventDates.resolve("2024-13").isEmpty());
    assertTrue(EventDates.resolve("PRESENT_REF").isEmpty());
  }
}
