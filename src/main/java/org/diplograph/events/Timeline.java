package org.diplograph.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/**
 * A pair of actors' events over time, counted by {@link DyadQuery}: per period, the events of each
 * quad class and of each PLOVER type.
 */
public record Timeline(String a, String b, DyadQuery.Period period, List<Row> rows) {
  public static final List<String> QUADS = List.of("verbal cooperation", "material cooperation", "verbal conflict",
      "material conflict");

  /** One period: events per quad class (in {@link #QUADS} order) and per PLOVER type. */
  public record Row(String period, int[] quads, Map<String, Integer> types) {
    public int cooperation() {
      return quads[0] + quads[1];
    }

    public int conflict() {
      return quads[2] + quads[3];
    }
  }

  public static Timeline of(Dataset dataset, DyadQuery.Period period, String a, String b) {
    Map<String, int[]> quads = new TreeMap<>();
    Map<String, Map<String, Integer>> types = new TreeMap<>();
    try (QueryExecution q = QueryExecution.dataset(dataset).query(DyadQuery.text(period, a, b)).build()) {
      ResultSet results = q.execSelect();
      while (results.hasNext()) {
        QuerySolution s = results.next();
        String p = s.getLiteral("period").getLexicalForm();
        int quad = QUADS.indexOf(s.getLiteral("quad").getLexicalForm());
        int n = s.getLiteral("events").getInt();
        quads.computeIfAbsent(p, k -> new int[4])[quad] += n;
        types.computeIfAbsent(p, k -> new TreeMap<>()).merge(s.getLiteral("type").getLexicalForm(), n, Integer::sum);
      }
    }
    List<Row> rows = new ArrayList<>();
    if (!quads.isEmpty()) {
      for (String p : periods(period, ((TreeMap<String, int[]>) quads).firstKey(), ((TreeMap<String, int[]>) quads).lastKey())) {
        rows.add(new Row(p, quads.getOrDefault(p, new int[4]), Map.copyOf(types.getOrDefault(p, Map.of()))));
      }
    }
    return new Timeline(a, b, period, List.copyOf(rows));
  }

  /** Every period from {@code first} to {@code last}, so quiet weeks or months show as gaps, not vanish. */
  static List<String> periods(DyadQuery.Period period, String first, String last) {
    List<String> all = new ArrayList<>();
    switch (period) {
      case YEAR -> {
        for (int y = Integer.parseInt(first); y <= Integer.parseInt(last); y++) {
          all.add(Integer.toString(y));
        }
      }
      case MONTH -> {
        for (YearMonth m = YearMonth.parse(first); !m.isAfter(YearMonth.parse(last)); m = m.plusMonths(1)) {
          all.add(m.toString());
        }
      }
      case WEEK -> {
        LocalDate end = monday(last);
        for (LocalDate d = monday(first); !d.isAfter(end); d = d.plusWeeks(1)) {
          all.add(String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        }
      }
    }
    return all;
  }

  private static LocalDate monday(String week) {
    return LocalDate.of(Integer.parseInt(week.substring(0, 4)), 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.substring(6)))
        .with(DayOfWeek.MONDAY);
  }

  /** Every PLOVER type that occurs, in name order. */
  public List<String> types() {
    TreeSet<String> all = new TreeSet<>();
    rows.forEach(r -> all.addAll(r.types().keySet()));
    return List.copyOf(all);
  }

  /** The table as text: period, the four quad classes, then each type that occurs. */
  public String table() {
    List<String> header = new ArrayList<>(List.of(period.lower(), "verb.coop", "mat.coop", "verb.confl", "mat.confl"));
    List<String> types = types();
    header.addAll(types);
    List<List<String>> cells = new ArrayList<>();
    cells.add(header);
    for (Row r : rows) {
      List<String> line = new ArrayList<>(List.of(r.period()));
      for (int q : r.quads()) {
        line.add(Integer.toString(q));
      }
      types.forEach(t -> line.add(Integer.toString(r.types().getOrDefault(t, 0))));
      cells.add(line);
    }
    int[] widths = new int[header.size()];
    cells.forEach(line -> {
      for (int i = 0; i < line.size(); i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    });
    StringBuilder out = new StringBuilder();
    for (List<String> line : cells) {
      for (int i = 0; i < line.size(); i++) {
        String cell = line.get(i);
        out.append(i == 0 ? String.format("%-" + widths[i] + "s", cell) : String.format("  %" + widths[i] + "s", cell));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
