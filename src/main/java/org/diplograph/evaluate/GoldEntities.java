package org.diplograph.evaluate;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplograph.io.Tsv;

/**
 * The gold entities ({@code entities.tsv}: canonical label, type, aliases, Wikidata id). A name
 * matches an alias case-insensitively, ignoring dots and extra spaces, as the gold README says.
 */
public final class GoldEntities {
  private final Map<String, String> byAlias = new HashMap<>();
  private final Set<String> labels = new LinkedHashSet<>();

  public static GoldEntities load(Path file) {
    GoldEntities entities = new GoldEntities();
    for (Tsv.Row row : Tsv.read(file, 3)) {
      String label = row.get(0);
      entities.labels.add(label);
      entities.byAlias.putIfAbsent(normalise(label), label);
      for (String alias : row.get(2).split("\\|")) {
        if (!alias.isBlank()) {
          entities.byAlias.putIfAbsent(normalise(alias), label);
        }
      }
    }
    return entities;
  }

  /** The gold entity a name refers to, if any. */
  public Optional<String> match(String name) {
    return Optional.ofNullable(byAlias.get(normalise(name)));
  }

  public boolean isKnown(String label) {
    return labels.contains(label);
  }

  static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'').replaceAll("\\s+", " ").strip();
  }
}
