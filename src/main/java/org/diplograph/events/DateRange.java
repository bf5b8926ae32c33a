package org.diplograph.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The first and last day an event may have happened on, both included. */
public record DateRange(LocalDate earliest, LocalDate latest) implements Comparable<DateRange> {
  public DateRange {
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException("a date range cannot end (" + latest + ") before it starts (" + earliest + ")");
    }
  }

  public static DateRange day(LocalDate day) {
    return new DateRange(day, day);
  }

  /** Days between the two ranges: 0 when they touch or overlap. */
  public long gap(DateRange other) {
    if (other.earliest.isAfter(latest)) {
      return ChronoUnit.DAYS.between(latest, other.earliest);
    }
    if (earliest.isAfter(other.latest)) {
      return ChronoUnit.DAYS.between(other.latest, earliest);
    }
    return 0;
  }

  public long days() {
    return ChronoUnit.DAYS.between(earliest, latest) + 1;
  }

  /** The days both ranges cover, or null when they do not overlap. */
  public DateRange intersect(DateRange other) {
    LocalDate from = earliest.isAfter(other.earliest) ? earliest : other.earliest;
    LocalDate to = latest.isBefore(other.latest) ? latest : other.latest;
    return to.isBefore(from) ? null : new DateRange(from, to);
  }

  public DateRange span(DateRange other) {
    return new DateRange(earliest.isBefore(other.earliest) ? earliest : other.earliest,
        latest.isAfter(other.latest) ? latest : other.latest);
  }

  @Override
  public int compareTo(DateRange o) {
    int c = earliest.compareTo(o.earliest);
    return c != 0 ? c : latest.compareTo(o.latest);
  }

  @Override
  public String toString() {
    return earliest.equals(latest) ? earliest.toString() : earliest + "/" + latest;
  }
}
