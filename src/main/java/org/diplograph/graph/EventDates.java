package org.diplograph.graph;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Turns SUTime values into XSD literals: a day ({@code 2024-12-31}) is an {@code xsd:date}, a month
 * an {@code xsd:gYearMonth}, a year an {@code xsd:gYear}; a week ({@code 2025-W08}) has no XSD type
 * and is given by its first and last day only.
 */
public final class EventDates {
  private EventDates() {}

  /** The value as an XSD literal plus the first and last day it covers. */
  public record Resolved(Node value, LocalDate earliest, LocalDate latest) {}

  public static Optional<Resolved> resolve(String value) {
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate day = LocalDate.parse(value);
        return Optional.of(new Resolved(literal(value, XSDDatatype.XSDdate), day, day));
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(value);
        return Optional.of(new Resolved(literal(value, XSDDatatype.XSDgYearMonth), month.atDay(1), month.atEndOfMonth()));
      }
      if (value.matches("\\d{4}")) {
        int year = Integer.parseInt(value);
        return Optional.of(new Resolved(literal(value, XSDDatatype.XSDgYear),
            LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
      }
      if (value.matches("\\d{4}-W\\d{2}")) {
        int year = Integer.parseInt(value.substring(0, 4));
        int week = Integer.parseInt(value.substring(6));
        LocalDate monday = LocalDate.of(year, 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
            .with(DayOfWeek.MONDAY);
        return Optional.of(new Resolved(null, monday, monday.plusDays(6)));
      }
    } catch (RuntimeException e) {
      return Optional.empty(); // SUTime produced a value no calendar has (e.g. month 13)
    }
    return Optional.empty();
  }

  static Node literal(String lexical, XSDDatatype type) {
    return NodeFactory.createLiteralDT(lexical, type);
  }
}
