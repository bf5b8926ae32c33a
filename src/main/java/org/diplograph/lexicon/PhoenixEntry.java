package org.diplograph.lexicon;

import java.util.List;

/**
 * One block of a Phoenix/TABARI actor dictionary: its name line, {@code +} aliases and bracketed
 * role codes ({@code RUSGOV}, {@code IGOUNO}); {@code iso} is set for a country block
 * ({@code RUSSIAN_FEDERATION_ [RUS]}); {@code datedIso} when the code came with a date, as for a
 * state whose code changed ({@code ERITREA_ [ETHERI <910424] [ERI >930427]}).
 */
public record PhoenixEntry(String name, String iso, List<String> aliases, List<String> codes, int line,
    boolean datedIso) {
  public PhoenixEntry {
    aliases = List.copyOf(aliases);
    codes = List.copyOf(codes);
  }

  public boolean isCountry() {
    return iso != null;
  }
}
