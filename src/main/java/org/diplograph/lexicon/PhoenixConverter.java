package org.diplograph.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplograph.resolve.AliasKey;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityIds;
import org.diplograph.resolve.EntityType;
import org.diplograph.resolve.Gazetteer;

/**
 * Converts Phoenix actor dictionaries into gazetteer rows (the columns of
 * {@code ontology/gazetteer/actors.tsv}). Countries keep all their names (capitals and cities
 * included: the resolver tells a city from the state by CoreNLP's entity tag); people and state
 * institutions get the country of their role code ({@code RUSGOV} is Russia). A country, person or
 * organisation the curated gazetteer already knows keeps its curated id, so the rows only add names.
 *
 * <p>People keep only names of two or more words without a title ("Vladimir Putin", not "Putin"
 * or "President Putin"): surnames are linked within a document, and titles are read as roles.
 */
public final class PhoenixConverter {
  private static final Set<String> TITLE_WORDS = Set.of("PRESIDENT", "MINISTER", "PREMIER", "KING", "QUEEN",
      "PRINCE", "PRINCESS", "SHEIKH", "SHEIKHA", "GENERAL", "GEN.", "SECRETARY", "SECRETARY-GENERAL", "CHANCELLOR",
      "LEADER", "CHAIRMAN", "AMBASSADOR", "SENATOR", "SEN.", "GOVERNOR", "MAYOR", "DR.", "DR", "MR.", "MR", "MRS.",
      "MRS", "MS", "MS.", "FORMER", "LATE", "SPEAKER", "EMIR", "AYATOLLAH", "PRES.", "PM", "FM", "COLONEL", "COL.",
      "LT.", "MARSHAL", "ADMIRAL", "DEPUTY", "VICE", "OPPOSITION", "CANDIDATE", "EX-PRESIDENT", "RUSSIAN", "CHINESE",
      "U.S.", "US", "AMERICAN", "BRITISH", "FRENCH", "GERMAN", "FOREIGN", "DEFENCE", "DEFENSE", "PRIME");
  private static final Set<String> ORGANISATION_WORDS = Set.of("ARMY", "NAVY", "FORCE", "FORCES", "PARTY", "COUNCIL",
      "CONGRESS", "ASSEMBLY", "PARLIAMENT", "MINISTRY", "DEPARTMENT", "COURT", "COMMISSION", "COMMITTEE", "BANK",
      "POLICE", "GUARD", "GUARDS", "FRONT", "MOVEMENT", "UNION", "AGENCY", "OFFICE", "SENATE", "CABINET",
      "GOVERNMENT", "LEAGUE", "ORGANIZATION", "ORGANISATION", "BRIGADE", "BRIGADES", "MILITIA", "CORPS", "SERVICE",
      "ADMINISTRATION", "TRIBUNAL", "BUREAU", "ALLIANCE", "COALITION", "FEDERATION", "COMPANY", "CORPORATION",
      "UNIVERSITY", "INSTITUTE", "FUND", "PROGRAMME", "PROGRAM", "NATIONS", "SECRETARIAT", "COMMUNITY",
      "ASSOCIATION", "CONFERENCE", "DIRECTORATE", "MILITARY", "AUTHORITY", "BOARD", "CHAMBER", "COUNCILS");
  private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "de", "del", "da", "di", "du", "la",
      "le", "al", "el", "bin", "ibn", "van", "von", "der", "den", "y", "for", "on", "in", "at", "to", "as");
  /** Short words that are abbreviations, not acronyms: "ST. PETERSBURG" is "St. Petersburg". */
  private static final Set<String> ABBREVIATIONS = Set.of("st.", "st", "mt.", "ft.", "dr.", "mr.", "jr.", "sr.");
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "SPY", "POL");

  private final Gazetteer curated;
  /** Dated roles and titled names of the people converted, by row id (see {@link #roleRows}). */
  private final Map<String, Set<String>> roles = new LinkedHashMap<>();
  private final Map<String, Set<String>> titled = new LinkedHashMap<>();
  private final Map<String, String> roleLabels = new LinkedHashMap<>();

  public PhoenixConverter(Gazetteer curated) {
    this.curated = curated;
  }

  /** Gazetteer rows for the country dictionary and, optionally, the international one. */
  public List<String> convert(List<PhoenixEntry> countries, List<PhoenixEntry> international) {
    return convert(countries, international, List.of());
  }

  /**
   * ... and the armed non-state groups of {@code Phoenix.MilNonState.actors.txt}, typed ArmedGroup,
   * with the state of their code ({@code YEMREB} is Yemen's) and their acronyms as aliases.
   */
  public List<String> convert(List<PhoenixEntry> countries, List<PhoenixEntry> international,
      List<PhoenixEntry> armedGroups) {
    Map<String, String> isoToId = new LinkedHashMap<>();
    Map<String, Row> rows = new LinkedHashMap<>();
    java.util.Set<String> plainIsos = new java.util.HashSet<>();
    countries.stream().filter(e -> e.isCountry() && !e.datedIso()).forEach(e -> plainIsos.add(e.iso()));
    for (PhoenixEntry e : countries) {
      // a dated code is a state whose code changed (Eritrea) unless a state holds it already: Leipzig
      // (DDR, then DEU) is a city of Germany
      if (e.isCountry() && !isoToId.containsKey(e.iso()) && !(e.datedIso() && plainIsos.contains(e.iso()))) {
        Row row = countryRow(e);
        isoToId.put(e.iso(), row.id);
        merge(rows, row);
      }
    }
    for (PhoenixEntry e : countries) {
      if (!e.isCountry()) {
        actorRow(e, isoToId, false).ifPresent(r -> merge(rows, r));
      }
    }
    for (PhoenixEntry e : international) {
      actorRow(e, isoToId, true).ifPresent(r -> merge(rows, r));
    }
    for (PhoenixEntry e : armedGroups) {
      armedGroupRow(e, isoToId).ifPresent(r -> merge(rows, r));
    }
    List<String> out = new ArrayList<>();
    for (Row r : rows.values()) {
      out.add(String.join("\t", r.id, r.label, r.type.className(), "-", r.country == null ? "-" : r.country,
          "-", r.aliases.isEmpty() ? "-" : String.join("|", r.aliases), "-"));
    }
    return out;
  }

  private Row countryRow(PhoenixEntry e) {
    List<String> forms = new ArrayList<>();
    forms.add(name(e.name()));
    e.aliases().stream().map(PhoenixConverter::name).forEach(forms::add);
    String id = null;
    String label = forms.get(0);
    for (String form : forms) {
      Optional<Entity> known = known(form, EntityType.STATE);
      if (known.isPresent()) {
        id = known.get().id();
        label = known.get().label();
        break;
      }
    }
    Row row = new Row(id != null ? id : EntityIds.slug(label), label, EntityType.STATE, null);
    forms.stream().filter(f -> !f.isEmpty() && !f.contains("(") && !f.contains(",")).forEach(row.aliases::add);
    row.aliases.remove(label);
    return row;
  }

  private Optional<Row> actorRow(PhoenixEntry e, Map<String, String> isoToId, boolean international) {
    String label = name(e.name());
    if (label.isEmpty() || label.contains("(") || label.contains("/")) {
      return Optional.empty();
    }
    boolean organisation = isOrganisation(e.name());
    String country = null;
    String sector = "";
    for (String code : e.codes()) {
      if (code.length() >= 3 && isoToId.containsKey(code.substring(0, 3))) {
        country = isoToId.get(code.substring(0, 3));
        sector = code.substring(3);
        break;
      }
    }
    EntityType type;
    if (organisation) {
      boolean igo = e.codes().stream().anyMatch(c -> c.startsWith("IGO"));
      type = igo ? EntityType.INTERNATIONAL_ORGANISATION
          : country != null && STATE_SECTORS.stream().anyMatch(sector::startsWith) ? EntityType.GOVERNMENT_BODY
          : EntityType.ORGANISATION;
    } else if (international || label.split(" ").length < 2 || country == null) {
      return Optional.empty(); // people of the international file and one-word names are too ambiguous
    } else {
      type = EntityType.PERSON;
    }
    List<String> names = new ArrayList<>();
    names.add(label);
    e.aliases().forEach(a -> names.add(name(a)));
    Optional<Entity> known = names.stream().map(n -> known(n, type)).flatMap(Optional::stream).findFirst();
    Row row = new Row(known.map(Entity::id).orElse(EntityIds.slug(label)), known.map(Entity::label).orElse(label),
        known.map(Entity::type).orElse(type), known.isPresent() ? known.get().country() : country);
    for (String form : names) {
      if (usable(form, type) && !form.equals(row.label)) {
        row.aliases.add(form);
      }
    }
    if (row.type == EntityType.PERSON) {
      recordRoles(row, e, names, isoToId);
    }
    return Optional.of(row);
  }

  /**
   * The rows of {@code generated-phoenix-roles.tsv}: per person, the dated roles of the dictionary
   * ({@code United_States/GOV/2001-01-20/2009-01-20}: state, sector, first and last day, '-' when
   * open) and the names the dictionary writes with a title ("President Bush"), which the converted
   * gazetteer leaves out. Call after {@link #convert}.
   */
  public List<String> roleRows() {
    List<String> out = new ArrayList<>();
    for (var e : roleLabels.entrySet()) {
      Set<String> r = roles.getOrDefault(e.getKey(), Set.of());
      Set<String> t = titled.getOrDefault(e.getKey(), Set.of());
      if (r.isEmpty() && t.isEmpty()) {
        continue;
      }
      out.add(String.join("\t", e.getKey(), e.getValue(), r.isEmpty() ? "-" : String.join("|", r),
          t.isEmpty() ? "-" : String.join("|", t)));
    }
    return out;
  }

  private void recordRoles(Row row, PhoenixEntry e, List<String> names, Map<String, String> isoToId) {
    roleLabels.putIfAbsent(row.id, row.label);
    for (String role : e.roles()) {
      String[] parts = role.split(" ", 2);
      String code = parts[0];
      if (code.length() < 3 || !isoToId.containsKey(code.substring(0, 3))) {
        continue;
      }
      String sector = code.length() > 3 ? code.substring(3) : "-";
      String[] span = dates(parts.length > 1 ? parts[1] : "");
      if (span == null) {
        continue;
      }
      roles.computeIfAbsent(row.id, k -> new LinkedHashSet<>())
          .add(isoToId.get(code.substring(0, 3)) + "/" + sector + "/" + span[0] + "/" + span[1]);
    }
    String surname = row.label.substring(row.label.lastIndexOf(' ') + 1);
    for (String form : names) {
      String[] words = form.toUpperCase(Locale.ROOT).split(" ");
      boolean hasTitle = java.util.Arrays.stream(words).anyMatch(TITLE_WORDS::contains);
      if (hasTitle && form.endsWith(" " + surname) && !form.contains("(") && !form.contains(",")
          && java.util.Arrays.stream(words).noneMatch(ORGANISATION_WORDS::contains)) {
        titled.computeIfAbsent(row.id, k -> new LinkedHashSet<>()).add(form);
      }
    }
  }

  /**
   * "010120-090120" → {2001-01-20, 2009-01-20}; "&gt;100601" → {2010-06-01, -}; "&lt;910424" →
   * {-, 1991-04-24}; six digits are YYMMDD (years from 30 on are 19xx), eight are YYYYMMDD; an
   * unreadable date gives null, no dates at all {-, -}.
   */
  static String[] dates(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return new String[] {"-", "-"};
    }
    if (t.startsWith(">")) {
      String from = date(t.substring(1));
      return from == null ? null : new String[] {from, "-"};
    }
    if (t.startsWith("<")) {
      String to = date(t.substring(1));
      return to == null ? null : new String[] {"-", to};
    }
    String[] ends = t.split("-");
    if (ends.length != 2) {
      return null;
    }
    String from = date(ends[0]);
    String to = date(ends[1]);
    return from == null || to == null ? null : new String[] {from, to};
  }

  private static String date(String digits) {
    String d = digits.strip();
    String year;
    String rest;
    if (d.matches("\\d{6}")) {
      int yy = Integer.parseInt(d.substring(0, 2));
      year = (yy >= 30 ? "19" : "20") + d.substring(0, 2);
      rest = d.substring(2);
    } else if (d.matches("\\d{8}")) {
      year = d.substring(0, 4);
      rest = d.substring(4);
    } else {
      return null;
    }
    try {
      return java.time.LocalDate.of(Integer.parseInt(year), Integer.parseInt(rest.substring(0, 2)),
          Integer.parseInt(rest.substring(2))).toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private Optional<Row> armedGroupRow(PhoenixEntry e, Map<String, String> isoToId) {
    List<String> forms = new ArrayList<>();
    for (String raw : java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.aliases().stream()).toList()) {
      java.util.regex.Matcher acronym = java.util.regex.Pattern.compile("\\(([A-Z][A-Z-]{2,})\\)").matcher(raw);
      while (acronym.find()) {
        forms.add(acronym.group(1));
      }
      String plain = name(raw.replaceAll("\\([^)]*\\)", " ").replace('+', ' '));
      if (!plain.isEmpty() && !plain.contains("(") && !plain.contains(",")) {
        forms.add(plain);
      }
    }
    if (forms.isEmpty() || forms.stream().allMatch(f -> f.equals(f.toUpperCase(Locale.ROOT)))) {
      return Optional.empty();
    }
    String label = forms.stream().filter(f -> !f.equals(f.toUpperCase(Locale.ROOT))).findFirst().orElseThrow();
    String country = e.codes().stream().filter(c -> c.length() >= 3).map(c -> isoToId.get(c.substring(0, 3)))
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    Optional<Entity> known = forms.stream().map(f -> known(f, EntityType.ARMED_GROUP)).flatMap(Optional::stream).findFirst();
    Row row = new Row(known.map(Entity::id).orElse(EntityIds.slug(label)), known.map(Entity::label).orElse(label),
        known.map(Entity::type).orElse(EntityType.ARMED_GROUP), known.isPresent() ? known.get().country() : country);
    forms.stream().filter(f -> !f.equals(row.label) && (f.length() >= 4 || f.equals(f.toUpperCase(Locale.ROOT))))
        .forEach(row.aliases::add);
    return Optional.of(row);
  }

  private static boolean usable(String form, EntityType type) {
    String[] words = form.toUpperCase(Locale.ROOT).split(" ");
    if (form.isEmpty() || form.contains("(") || form.contains(",") || words.length < 2) {
      return false;
    }
    if (type == EntityType.PERSON) {
      // "President Putin" is a title (read as a role); "Assad regime" acts for the state, not the man
      for (String w : words) {
        if (TITLE_WORDS.contains(w) || ORGANISATION_WORDS.contains(w) || w.equals("REGIME") || w.endsWith("'S")) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isOrganisation(String rawName) {
    for (String word : rawName.toUpperCase(Locale.ROOT).split("[_ ]+")) {
      if (ORGANISATION_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private Optional<Entity> known(String form, EntityType type) {
    return curated.lookup(AliasKey.of(form)).stream()
        .map(a -> curated.entity(a.entityId()).orElseThrow())
        .filter(e -> e.type() == type || (type.isOrganisation() && e.type().isOrganisation()))
        .findFirst();
  }

  private static void merge(Map<String, Row> rows, Row row) {
    Row known = rows.get(row.id);
    if (known == null) {
      rows.put(row.id, row);
    } else {
      row.aliases.stream().filter(a -> !a.equals(known.label)).forEach(known.aliases::add);
    }
  }

  /**
   * "VLADIMIR_PUTIN_" → "Vladimir Putin", "PEOPLE'S_REPUBLIC_OF_CHINA" → "People's Republic of China";
   * other words of up to three letters ("US", "UN", "U.S.") stay as written.
   */
  static String name(String raw) {
    String spaced = raw.replace('_', ' ').replaceAll("\\s+", " ").strip();
    StringBuilder out = new StringBuilder();
    for (String word : spaced.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      String letters = word.replaceAll("[^A-Za-z]", "");
      if (out.length() > 0 && CONNECTORS.contains(lower)) {
        out.append(' ').append(lower);
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      boolean acronym = letters.length() <= 3 && word.equals(word.toUpperCase(Locale.ROOT))
          && !CONNECTORS.contains(lower) && !ABBREVIATIONS.contains(lower);
      out.append(acronym ? word : titleCase(word));
    }
    return out.toString();
  }

  private static String titleCase(String word) {
    StringBuilder out = new StringBuilder(word.length());
    boolean start = true;
    for (char c : word.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == '-' || c == '.';
    }
    return out.toString();
  }

  private static final class Row {
    final String id;
    final String label;
    final EntityType type;
    final String country;
    final Set<String> aliases = new LinkedHashSet<>();

    Row(String id, String label, EntityType type, String country) {
      this.id = id;
      this.label = label;
      this.type = type;
      this.country = country;
    }
  }
}
