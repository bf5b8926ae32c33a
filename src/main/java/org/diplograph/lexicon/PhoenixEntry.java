package org.diplograph.lexicon;

import java.util.List;

/**
 * One block of a Phoenix/TABARI actor dictionary: its name line, {@code +} aliases and bracketed
 * role codes ({@code RUSGOV}, {@code IGOUNO}); {@code iso} is set for a country block
 * ({@code RUSSIAN_FEDERATION_ [RUS]}); {@code datedIso} when the code came with a date, as for a
 * state whose code changed ({@code ERITREA_ [ETHERI <910424] [ERI >930427]}). {@code roles} keeps
 * every code with its dates as written ({@code USAGOV 010120-090120}, {@code GBRGOV >100601}).
 */
public record PhoenixEntry(String name, String iso, List<String> aliases, List<String> codes, int line,
    boolean datedIso, List<String> roles) {
  public PhoenixEntry {
    aliases = List.copyOf(aliases);
    codes = List.copyOf(codes);
    roles = List.copyOf(roles);
  }

  public PhoenixEntry(String name, String iso, List<String> aliases, List<String> codes, int line, boolean datedIso) {
    this(name, iso, aliases, codes, line, datedIso, List.of());
  }

  public boolean isCountry() {
    return iso != null;
  }
}
