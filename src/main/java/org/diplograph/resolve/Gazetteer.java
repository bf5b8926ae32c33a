package org.diplograph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Names of known entities: who they are (id, label, type, Wikidata id, country) and every alias
 * and demonym that refers to them. Built by {@link GazetteerLoader} from the TSV files under
 * {@code ontology/gazetteer/}; the first file to claim an alias keeps it, so curated files are
 * read before generated ones.
 */
public final class Gazetteer {
  /** How an alias may match text. */
  public record Alias(String entityId, String form, boolean caseSensitive, boolean demonym,
      boolean curated) {}

  private final Map<String, Entity> entities;
  private final Map<String, List<Alias>> aliases;
  private final NavigableSet<String> keys;
  private final int longestAlias;
  private final Map<String, List<DatedRole>> roles;
  private final Map<String, List<String>> titled;
  private final Map<String, List<String>> personsBySurname;
  private final Map<String, List<String>> personsByFirstWord;
  private final LinkingWeights weights;
  private final Offices offices;

  Gazetteer(Map<String, Entity> entities, Map<String, List<Alias>> aliases) {
    this(entities, aliases, Map.of(), Map.of(), LinkingWeights.DEFAULTS, Offices.NONE);
  }

  Gazetteer(Map<String, Entity> entities, Map<String, List<Alias>> aliases, Map<String, List<DatedRole>> roles,
      Map<String, List<String>> titled, LinkingWeights weights, Offices offices) {
    this.offices = offices;
    this.roles = Map.copyOf(roles);
    this.titled = Map.copyOf(titled);
    this.weights = weights;
    Map<String, List<String>> surnames = new HashMap<>();
    Map<String, List<String>> firstWords = new HashMap<>();
    for (Entity e : entities.values()) {
      if (e.type() == EntityType.PERSON && e.label().contains(" ")) {
        surnames.computeIfAbsent(surname(e.label()), k -> new ArrayList<>()).add(e.id());
        firstWords.computeIfAbsent(AliasKey.of(e.label().strip().split("\\s+")[0]), k -> new ArrayList<>()).add(e.id());
      }
    }
    surnames.replaceAll((k, v) -> List.copyOf(v));
    firstWords.replaceAll((k, v) -> List.copyOf(v));
    this.personsBySurname = surnames;
    this.personsByFirstWord = firstWords;
    this.entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
    Map<String, List<Alias>> copy = new HashMap<>();
    int longest = 1;
    for (var e : aliases.entrySet()) {
      copy.put(e.getKey(), List.copyOf(e.getValue()));
      longest = Math.max(longest, e.getKey().split("[ ]").length + countHyphens(e.getKey()));
    }
    this.aliases = copy;
    this.keys = Collections.unmodifiableNavigableSet(new TreeSet<>(copy.keySet()));
    this.longestAlias = Math.min(longest, 12);
  }

  private static int countHyphens(String key) {
    int n = 0;
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) == '-' || key.charAt(i) == '\'') {
        n += 2;
      }
    }
    return n;
  }

  /** The last word of a name, lower-cased: the key of {@link #personsWithSurname}. */
  public static String surname(String name) {
    String[] words = name.strip().split("\\s+");
    return AliasKey.of(words[words.length - 1]);
  }

  /** Ids of the people whose label ends with this surname ("Blair": Tony Blair, Dennis C. Blair). */
  public List<String> personsWithSurname(String surname) {
    return personsBySurname.getOrDefault(AliasKey.of(surname), List.of());
  }

  /**
   * Ids of the people whose label begins with this word: where the family name comes first
   * ("Wang" for Wang Yi), which states write so is names.tsv's {@code surnamefirst} list.
   */
  public List<String> personsWithFirstWord(String word) {
    return personsByFirstWord.getOrDefault(AliasKey.of(word), List.of());
  }

  /** The dated roles of a person (none when the dictionaries give none). */
  public List<DatedRole> roles(String id) {
    return roles.getOrDefault(id, List.of());
  }

  /** The names a dictionary writes with a title for this person ("President Bush"). */
  public List<String> titledNames(String id) {
    return titled.getOrDefault(id, List.of());
  }

  public LinkingWeights linkingWeights() {
    return weights;
  }

  /** Who held which office when ({@code offices.tsv}), and the words naming each office. */
  public Offices offices() {
    return offices;
  }

  public Optional<Entity> entity(String id) {
    return Optional.ofNullable(entities.get(id));
  }

  public Collection<Entity> entities() {
    return entities.values();
  }

  public List<Alias> lookup(String key) {
    return aliases.getOrDefault(key, List.of());
  }

  /**
   * Whether some alias key begins with {@code prefix}: when none begins with the key of a span's
   * first token, no span starting there can match, and the matcher skips building their keys.
   */
  public boolean hasKeyStartingWith(String prefix) {
    String next = keys.ceiling(prefix);
    return next != null && next.startsWith(prefix);
  }

  /** The most tokens an alias can span, bounding the matcher's window. */
  public int longestAlias() {
    return longestAlias;
  }

  public int aliasCount() {
    return aliases.size();
  }

  /** Builder used by the loader; keeps first-come aliases. */
  static final class Builder {
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, List<Alias>> aliases = new HashMap<>();
    private final Map<String, List<DatedRole>> roles = new HashMap<>();
    private final Map<String, List<String>> titled = new HashMap<>();
    private LinkingWeights weights = LinkingWeights.DEFAULTS;
    private Offices offices = Offices.NONE;

    void offices(Offices o) {
      this.offices = o;
    }

    Optional<Entity> entity(String id) {
      return Optional.ofNullable(entities.get(id));
    }

    void addRoles(String id, List<DatedRole> dated, List<String> titledNames) {
      roles.computeIfAbsent(id, k -> new ArrayList<>()).addAll(dated);
      titled.computeIfAbsent(id, k -> new ArrayList<>()).addAll(titledNames);
    }

    void weights(LinkingWeights w) {
      this.weights = w;
    }

    /** Adds an entity, or fills in what an earlier file left unknown about the same id. */
    Entity addEntity(Entity entity) {
      Entity known = entities.get(entity.id());
      if (known == null) {
        entities.put(entity.id(), entity);
        return entity;
      }
      Entity merged = new Entity(known.id(), known.label(), known.type(),
          known.wikidata() != null ? known.wikidata() : entity.wikidata(),
          known.country() != null ? known.country() : entity.country(),
          known.actsAs() != null ? known.actsAs() : entity.actsAs());
      entities.put(known.id(), merged);
      return merged;
    }

    boolean hasEntity(String id) {
      return entities.containsKey(id);
    }

    void addAlias(String form, String entityId, boolean demonym, boolean curated) {
      String key = AliasKey.of(form);
      if (key.isEmpty()) {
        return;
      }
      boolean caseSensitive = isAcronym(form);
      List<Alias> list = aliases.computeIfAbsent(key, k -> new ArrayList<>());
      for (Alias a : list) {
        if (a.entityId().equals(entityId) && a.caseSensitive() == caseSensitive
            && (!caseSensitive || a.form().equals(form))) {
          return;
        }
      }
      // A later file may not take over a name an earlier (curated) file gave to someone else.
      if (!curated && list.stream().anyMatch(a -> !a.entityId().equals(entityId) && !a.caseSensitive())) {
        return;
      }
      list.add(new Alias(entityId, form, caseSensitive, demonym, curated));
    }

    /** Short all-capital forms (US, UN, PRC, U.S.) must match case-sensitively: "us" is a pronoun. */
    static boolean isAcronym(String form) {
      String letters = form.replaceAll("[^\\p{L}]", "");
      return !letters.isEmpty() && letters.length() <= 5 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
    }

    Gazetteer build() {
      Map<String, List<DatedRole>> r = new HashMap<>();
      roles.forEach((k, v) -> r.put(k, List.copyOf(v)));
      Map<String, List<String>> t = new HashMap<>();
      titled.forEach((k, v) -> t.put(k, List.copyOf(v)));
      return new Gazetteer(entities, aliases, r, t, weights, offices);
    }
  }
}
