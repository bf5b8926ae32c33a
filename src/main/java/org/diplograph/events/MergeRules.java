package org.diplograph.events;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.diplograph.io.Tsv;

/**
 * The merging knowledge from {@code ontology/events/merging.tsv}: each event type's date window,
 * how far back an undated report may reach, and the modes that never share an event with a place.
 * Kept as data so an analyst can widen a window without recompiling.
 *
 * @param windows       days allowed between two mentions' date ranges, by PLOVER class local name
 * @param lookbackDays  an undated mention of a dated article lies in this many days before publication
 * @param placeless     {@code Type/mode} pairs whose mentions never join a mention with a place
 * @param where         the file and line of each rule, by key ({@code window Consult}, {@code lookback}, {@code apart Consult/phone})
 */
public record MergeRules(Map<String, Integer> windows, int lookbackDays, Set<String> placeless,
    Map<String, String> where) {
  public static final String FILE = "merging.tsv";

  public MergeRules {
    windows = Map.copyOf(windows);
    placeless = Set.copyOf(placeless);
    where = Map.copyOf(where);
  }

  /** Loads and checks the file: every row's kind known, every window a whole number of days. */
  public static MergeRules load(Path file, Set<String> eventClasses) {
    Map<String, Integer> windows = new TreeMap<>();
    Set<String> placeless = new TreeSet<>();
    Map<String, String> where = new TreeMap<>();
    Integer lookback = null;
    for (Tsv.Row row : Tsv.read(file, 3)) {
      String kind = row.get(0);
      String key = row.get(1);
      switch (kind) {
        case "window" -> {
          if (!eventClasses.contains(key)) {
            throw row.error("'" + key + "' is not a PLOVER class declared in the ontology");
          }
          if (windows.put(key, days(row)) != null) {
            throw row.error("a second window for " + key);
          }
          where.put("window " + key, row.where());
        }
        case "lookback" -> {
          lookback = days(row);
          where.put("lookback", row.where());
        }
        case "apart" -> {
          String type = key.contains("/") ? key.substring(0, key.indexOf('/')) : "";
          if (!eventClasses.contains(type)) {
            throw row.error("'" + key + "' is not TYPE/mode with a PLOVER class declared in the ontology");
          }
          placeless.add(key);
          where.put("apart " + key, row.where());
        }
        default -> throw row.error("unknown kind '" + kind + "' (window, lookback or apart)");
      }
    }
    for (String type : eventClasses) {
      if (!windows.containsKey(type)) {
        throw new IllegalArgumentException(file.getFileName() + ": no window for the event class " + type);
      }
    }
    if (lookback == null) {
      throw new IllegalArgumentException(file.getFileName() + ": no lookback row");
    }
    return new MergeRules(windows, lookback, placeless, where);
  }

  private static int days(Tsv.Row row) {
    try {
      int days = Integer.parseInt(row.get(2));
      if (days < 0) {
        throw row.error("days cannot be negative: " + days);
      }
      return days;
    } catch (NumberFormatException e) {
      throw row.error("days must be a whole number, not '" + row.get(2) + "'");
    }
  }

  public int window(String type) {
    Integer days = windows.get(type);
    if (days == null) {
      throw new IllegalArgumentException("no merge window for event type " + type);
    }
    return days;
  }

  /** True when mentions of this type in this mode never join a mention with a place. */
  public boolean placeless(String type, String mode) {
    return mode != null && placeless.contains(type + "/" + mode);
  }

  /** Where the rule with this key is written, e.g. {@code merging.tsv:19}. */
  public String where(String key) {
    return where.getOrDefault(key, FILE);
  }
}
