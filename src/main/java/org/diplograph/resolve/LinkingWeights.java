package org.diplograph.resolve;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.diplograph.io.Tsv;

/**
 * The weights and thresholds by which a name that several gazetteer people share ("Blair", "Mr
 * Clarke", "President Bush") is linked to one of them, read from {@code gazetteer/linking.tsv}
 * (key, value, what it is for). See {@link PersonLinker}.
 */
public record LinkingWeights(Map<String, Double> values) {
  public static final LinkingWeights DEFAULTS = new LinkingWeights(Map.ofEntries(
      Map.entry("prior", 0.5), Map.entry("prior_roles", 5.0), Map.entry("date_active", 2.0),
      Map.entry("date_elite", 0.5), Map.entry("date_inactive", -2.0), Map.entry("date_slack_years", 2.0),
      Map.entry("open_role_years", 8.0),
      Map.entry("title", 1.0), Map.entry("context_state", 1.0), Map.entry("other_states", -1.0),
      Map.entry("phrase_state_conflict", -4.0), Map.entry("min_score", 0.15),
      Map.entry("margin", 0.1), Map.entry("ratio", 1.5), Map.entry("common_surname", 4.0), Map.entry("office", 2.0),
      Map.entry("office_modifier", 0.9), Map.entry("office_possessor", 0.85),
      Map.entry("office_document", 0.65), Map.entry("main_state_min", 2.0), Map.entry("main_state_share", 0.5)));

  public LinkingWeights {
    values = Map.copyOf(values);
  }

  public double get(String key) {
    Double v = values.get(key);
    if (v == null) {
      throw new IllegalArgumentException("linking.tsv lacks '" + key + "'");
    }
    return v;
  }

  public static LinkingWeights load(Path file) {
    Map<String, Double> values = new HashMap<>(DEFAULTS.values());
    for (Tsv.Row row : Tsv.read(file, 2)) {
      try {
        values.put(row.get(0).strip(), Double.parseDouble(row.get(1).strip()));
      } catch (NumberFormatException e) {
        throw row.error("'" + row.get(1) + "' is not a number");
      }
    }
    return new LinkingWeights(values);
  }
}
