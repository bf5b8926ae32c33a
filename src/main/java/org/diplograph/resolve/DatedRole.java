package org.diplograph.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A role a person held for a state over a stretch of time, as the Phoenix dictionaries give it
 * ({@code [USAGOV 010120-090120]}: the United States, sector GOV, 2001-01-20 to 2009-01-20).
 * {@code from} or {@code to} is null when open.
 */
public record DatedRole(String state, String sector, LocalDate from, LocalDate to) {

  /** Parses {@code United_States/GOV/2001-01-20/2009-01-20} ('-' for an open end). */
  public static DatedRole parse(String cell) {
    String[] p = cell.split("/");
    if (p.length != 4) {
      throw new IllegalArgumentException("a role is state/sector/from/to, not '" + cell + "'");
    }
    return new DatedRole(p[0], p[1], p[2].equals("-") ? null : LocalDate.parse(p[2]),
        p[3].equals("-") ? null : LocalDate.parse(p[3]));
  }

  /** Whether the role has a date at all (a role with neither end says nothing about time). */
  public boolean dated() {
    return from != null || to != null;
  }

  /** Phoenix's ELI sector: a member of the elite (a public figure), not an office holder. */
  public boolean isElite() {
    return sector.startsWith("ELI");
  }

  public boolean covers(LocalDate day) {
    return dated() && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  /** Days from the role to the day (0 when it covers it). */
  public long distance(LocalDate day) {
    if (covers(day) || !dated()) {
      return 0;
    }
    if (from != null && day.isBefore(from)) {
      return ChronoUnit.DAYS.between(day, from);
    }
    return ChronoUnit.DAYS.between(to, day);
  }

  @Override
  public String toString() {
    return state + " " + sector + " " + (from == null ? "…" : from) + "–" + (to == null ? "…" : to);
  }
}
