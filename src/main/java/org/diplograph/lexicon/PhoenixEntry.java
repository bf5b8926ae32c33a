package org.diplograph.lexicon;

import java.util.List;

/**
 * One block of a Phoenix/TABARI actor dictionary: its name line, {@code +} aliases and bracketed
 * role codes ({@code RUSGOV}, {@code IGOUNO}); {@code iso} is set for a country block
 * ({@code RUSSIAN_FEDERATION_ [RUS]}).
 */
public record PhoenixEntry(String name, String iso, List<String> aliases, List<String> codes, int line) {
  public PhoenixEntry {
    aliases = List.copyOf(aliases);
    codes = List.copyOf(codes);
  }

  public boolean isCountry() {
    return iso != null;
  }
}
