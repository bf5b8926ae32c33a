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
 * @param stateLevel    types whose participants are compared as their states (Trump's strike is the United States' strike)
 * @param ahead         days after publication a mention in this modality may still come true, by modality local name
 * @param placed        types whose mentions at one place below state level count that place as a shared participant
 * @param addressed     types whose mentions name whom they address: one naming a target and one naming none stay apart
 * @param campaigns     trigger words that name a campaign or war as a whole, and the days two such reports of one type may lie apart
 * @param where         the file and line of each rule, by key ({@code window Consult}, {@code lookback}, {@code apart Consult/phone})
 */
public record MergeRules(Map<String, Integer> windows, int lookbackDays, Set<String> placeless,
    Set<String> stateLevel, Map<String, Integer> ahead, Set<String> placed, Set<String> addressed,
    Map<String, Integer> campaigns, Map<String, String> where) {
  public static final String FILE = "merging.tsv";
  /** The modalities of dg:Modality, by local name: what an {@code ahead} row may name. */
  static final Set<String> MODALITIES = Set.of("asserted", "reported", "hedged", "intended", "negated");

  public MergeRules {
    windows = Map.copyOf(windows);
    placeless = Set.copyOf(placeless);
    stateLevel = Set.copyOf(stateLevel);
    ahead = Map.copyOf(ahead);
    placed = Set.copyOf(placed);
    addressed = Set.copyOf(addressed);
    campaigns = Map.copyOf(campaigns);
    where = Map.copyOf(where);
  }

  /** Rules with windows, look-back and apart rows only, as before state-level, ahead and placed rows existed. */
  public MergeRules(Map<String, Integer> windows, int lookbackDays, Set<String> placeless, Map<String, String> where) {
    this(windows, lookbackDays, placeless, Set.of(), Map.of(), Set.of(), Set.of(), Map.of(), where);
  }

  /** Loads and checks the file: every row's kind known, every window a whole number of days. */
  public static MergeRules load(Path file, Set<String> eventClasses) {
    Map<String, Integer> windows = new TreeMap<>();
    Set<String> placeless = new TreeSet<>();
    Set<String> stateLevel = new TreeSet<>();
    Map<String, Integer> ahead = new TreeMap<>();
    Set<String> placed = new TreeSet<>();
    Set<String> addressed = new TreeSet<>();
    Map<String, Integer> campaigns = new TreeMap<>();
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
        case "state-level" -> {
          stateLevel.add(eventClass(row, key, eventClasses));
          where.put("state-level " + key, row.where());
        }
        case "placed" -> {
          placed.add(eventClass(row, key, eventClasses));
          where.put("placed " + key, row.where());
        }
        case "addressed" -> {
          addressed.add(eventClass(row, key, eventClasses));
          where.put("addressed " + key, row.where());
        }
        case "campaign" -> {
          if (campaigns.put(key.toLowerCase(java.util.Locale.ROOT), days(row)) != null) {
            throw row.error("a second campaign row for '" + key + "'");
          }
          where.put("campaign " + key.toLowerCase(java.util.Locale.ROOT), row.where());
        }
        case "ahead" -> {
          if (!MODALITIES.contains(key)) {
            throw row.error("'" + key + "' is not a modality (" + String.join(", ", MODALITIES) + ")");
          }
          ahead.put(key, days(row));
          where.put("ahead " + key, row.where());
        }
        default -> throw row.error("unknown kind '" + kind + "' (window, lookback, apart, state-level, ahead, placed, addressed or campaign)");
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
    return new MergeRules(windows, lookback, placeless, stateLevel, ahead, placed, addressed, campaigns, where);
  }

  private static String eventClass(Tsv.Row row, String key, Set<String> eventClasses) {
    if (!eventClasses.contains(key)) {
      throw row.error("'" + key + "' is not a PLOVER class declared in the ontology");
    }
    return key;
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

  /**
   * The days two mentions of one type may lie apart: the type's window, or, when both name a
   * campaign or war as a whole ("the Afrin offensive"), the shorter of their campaign windows.
   */
  public int window(MentionFacts a, MentionFacts b) {
    Integer ca = a.trigger() == null ? null : campaigns.get(a.trigger());
    Integer cb = b.trigger() == null ? null : campaigns.get(b.trigger());
    return ca != null && cb != null ? Math.max(window(a.type()), Math.min(ca, cb)) : window(a.type());
  }

  /** The rule key of the window {@link #window(MentionFacts, MentionFacts)} chose. */
  public String windowKey(MentionFacts a, MentionFacts b) {
    Integer ca = a.trigger() == null ? null : campaigns.get(a.trigger());
    Integer cb = b.trigger() == null ? null : campaigns.get(b.trigger());
    return ca != null && cb != null ? "campaign " + (ca <= cb ? a.trigger() : b.trigger()) : "window " + a.type();
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

  /** True when this type's participants are compared as the states they belong to. */
  public boolean stateLevel(String type) {
    return stateLevel.contains(type);
  }

  /** True when a place below state level that two mentions of this type share counts as a shared participant. */
  public boolean placed(String type) {
    return placed.contains(type);
  }

  /** True when mentions of this type name whom they address, so one with a target and one without stay apart. */
  public boolean addressed(String type) {
    return addressed.contains(type);
  }

  /**
   * When the event may have happened: the text's own date; else the days before publication
   * ({@code lookback}) and, for a modality that looks ahead (a plan, a threat, a conditional), the
   * days after it too ("if Trump orders a strike" is the strike of the next days); else unknown.
   */
  public DateRange dateRange(MentionFacts m) {
    DateRange r = m.dateRange(lookbackDays);
    if (r == null || m.eventDate() != null) {
      return r;
    }
    return new DateRange(r.earliest(), r.latest().plusDays(ahead.getOrDefault(m.modality(), 0)));
  }

  /** Where the rule with this key is written, e.g. {@code merging.tsv:19}. */
  public String where(String key) {
    return where.getOrDefault(key, FILE);
  }
}
