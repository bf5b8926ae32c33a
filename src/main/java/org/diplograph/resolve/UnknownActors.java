package org.diplograph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The identity of actors the gazetteer does not know, across all documents of a corpus. Each
 * document's actor has a key: its normalised name, its kind (person, organisation, state, place)
 * and the country its sentence gives it ("Kenyan lawyer John Smith": Kenya; none when it gives
 * none). The same name with compatible keys is one node; incompatible keys are apart:
 * <ul>
 *   <li>a person and an organisation of the same name are two nodes;</li>
 *   <li>a person (or organisation) of two different countries are two nodes; one given no country
 *       joins the one country the name has elsewhere, and stays a node of its own when there are
 *       several;</li>
 *   <li>a place reading is CoreNLP's noise or the truth by vote, as before: when at least as many
 *       documents take the name for a place as for its likeliest actor, all its readings are the
 *       place (the town of Douma, tagged a person once and a city nine times); otherwise the place
 *       readings join the actor most documents name;</li>
 *   <li>a lone surname is the one person of the corpus named in full with it, if there is just one
 *       ({@link #joinSurnames}).</li>
 * </ul>
 * Node ids are readable and stable: the name's slug for the node most documents name; for the others
 * the slug with the kind's class ({@code Jubilee_Organisation}) or the country
 * ({@code John_Smith_Uganda}) appended, and so for any slug the gazetteer holds
 * ({@code Jordan_Person}). They depend only on the documents that name the same name: adding or
 * removing unrelated documents renames nothing. Settling is a fixpoint: observing the settled
 * entities again gives the same ids. Not thread-safe; {@code graph.EntityCatalog} guards it.
 */
public final class UnknownActors {
  /** The kinds of actor a name can be; a name of two kinds is two nodes (places aside, see above). */
  enum Kind { PERSON, ORGANISATION, STATE, PLACE }

  private record Key(Kind kind, String country) {}

  /** What the documents say of one name under one key. */
  private static final class Seen {
    int documents;
    final Set<String> labels = new TreeSet<>();
    final Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);
    final Set<String> wikidata = new TreeSet<>();
    final Set<String> actsAs = new TreeSet<>();
    /** The countries of places (a city the dictionaries list under its state keeps it). */
    final Set<String> countries = new TreeSet<>();

    void add(Seen other) {
      documents += other.documents;
      labels.addAll(other.labels);
      other.types.forEach((t, n) -> types.merge(t, n, Integer::sum));
      wikidata.addAll(other.wikidata);
      actsAs.addAll(other.actsAs);
      countries.addAll(other.countries);
    }
  }

  private final Gazetteer gazetteer;
  private final Map<String, Map<Key, Seen>> byName = new TreeMap<>();
  private Map<String, Map<Key, Entity>> settled;
  private Map<String, Entity> byId;

  public UnknownActors(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Whether this class gives the entity its identity: an actor or place the gazetteer lacks, but no group. */
  public boolean handles(Entity e) {
    return gazetteer.entity(e.id()).isEmpty() && e.type() != EntityType.GROUP;
  }

  /** Records the unknown actors of one document (each once). */
  public void observe(Collection<Entity> entitiesOfOneDocument) {
    Set<String> once = new HashSet<>();
    for (Entity e : entitiesOfOneDocument) {
      if (!handles(e) || !once.add(name(e) + "|" + key(e))) {
        continue;
      }
      Seen seen = byName.computeIfAbsent(name(e), k -> new HashMap<>()).computeIfAbsent(key(e), k -> new Seen());
      seen.documents++;
      seen.labels.add(e.label());
      seen.types.merge(e.type(), 1, Integer::sum);
      if (e.wikidata() != null) {
        seen.wikidata.add(e.wikidata());
      }
      if (e.actsAs() != null) {
        seen.actsAs.add(e.actsAs());
      }
      if (e.country() != null) {
        seen.countries.add(e.country());
      }
    }
    settled = null;
  }

  /** The node an observed unknown actor belongs to (the entity itself when it was never observed). */
  public Entity canonical(Entity e) {
    if (!handles(e)) {
      return e;
    }
    settle();
    Map<Key, Entity> nodes = settled.get(name(e));
    return nodes == null ? e : nodes.getOrDefault(key(e), e);
  }

  /** A settled node by its id. */
  public Optional<Entity> byId(String id) {
    settle();
    return Optional.ofNullable(byId.get(id));
  }

  /** Every settled node, by id. */
  public Map<String, Entity> nodes() {
    settle();
    return new TreeMap<>(byId);
  }

  /** The normalised name: the slug of the label, lower case ("Kevin Harris", "KEVIN HARRIS": kevin_harris). */
  static String name(Entity e) {
    return EntityIds.slug(e.label()).toLowerCase(Locale.ROOT);
  }

  private static Key key(Entity e) {
    return new Key(kind(e.type()), e.type() == EntityType.LOCATION ? null : e.country());
  }

  static Kind kind(EntityType type) {
    if (type == EntityType.PERSON) {
      return Kind.PERSON;
    }
    if (type == EntityType.STATE) {
      return Kind.STATE;
    }
    return type == EntityType.LOCATION ? Kind.PLACE : Kind.ORGANISATION;
  }

  private void settle() {
    if (settled != null) {
      return;
    }
    settled = new HashMap<>();
    byId = new HashMap<>();
    for (var entry : byName.entrySet()) {
      settleName(entry.getKey(), entry.getValue());
    }
    joinSurnames();
  }

  /**
   * The corpus's own decisions as candidates for a lone surname: "Kemp" in one article is the
   * "Brian Kemp" other articles name in full, when he is the only person of that surname the corpus
   * has (a second "Mary Kemp" leaves the surname a node of its own, as does a country the surname's
   * sentence gives that is not his). Only names the gazetteer lacks on both sides: a surname the
   * gazetteer knows was weighed by {@code PersonLinker} against its people.
   */
  private void joinSurnames() {
    Map<String, Set<Entity>> fullNames = new HashMap<>();
    for (Entity e : byId.values()) {
      String[] words = e.label().split(" ");
      if (e.type() == EntityType.PERSON && words.length >= 2) {
        fullNames.computeIfAbsent(EntityIds.slug(words[words.length - 1]).toLowerCase(Locale.ROOT),
            k -> new TreeSet<>(Comparator.comparing(Entity::id))).add(e);
      }
    }
    for (var name : settled.entrySet()) {
      Set<Entity> holders = fullNames.get(name.getKey());
      if (holders == null || holders.size() != 1 || name.getKey().contains("_")) {
        continue;
      }
      Entity full = holders.iterator().next();
      name.getValue().replaceAll((key, node) -> {
        boolean joins = node.type() == EntityType.PERSON
            && (node.country() == null || node.country().equals(full.country()));
        if (joins) {
          byId.remove(node.id());
        }
        return joins ? full : node;
      });
    }
  }

  /** One node's members: the keys it takes in. */
  private static final class Node {
    final Kind kind;
    final String country;
    final List<Key> keys = new ArrayList<>();
    final Seen seen = new Seen();

    Node(Kind kind, String country) {
      this.kind = kind;
      this.country = country;
    }

    void take(Key key, Seen s) {
      keys.add(key);
      seen.add(s);
    }
  }

  private void settleName(String name, Map<Key, Seen> keys) {
    Map<Kind, Integer> votes = new EnumMap<>(Kind.class);
    keys.forEach((k, s) -> votes.merge(k.kind(), s.documents, Integer::sum));
    int place = votes.getOrDefault(Kind.PLACE, 0);
    int actor = votes.entrySet().stream().filter(v -> v.getKey() != Kind.PLACE).mapToInt(Map.Entry::getValue)
        .max().orElse(0);
    List<Node> nodes = new ArrayList<>();
    if (place > 0 && place >= actor) {
      Node all = new Node(Kind.PLACE, null);
      keys.forEach(all::take);
      nodes.add(all);
    } else {
      for (Kind kind : Kind.values()) {
        if (kind != Kind.PLACE) {
          nodes.addAll(byCountry(kind, keys));
        }
      }
      nodes.sort(Comparator.comparingInt((Node n) -> -n.seen.documents).thenComparing(n -> n.kind)
          .thenComparing(n -> n.country == null ? "" : "~" + n.country));
      Node first = nodes.get(0);
      keys.forEach((k, s) -> {
        if (k.kind() == Kind.PLACE) {
          first.take(k, s); // a place reading of a name most documents take for an actor
        }
      });
    }
    String base = EntityIds.slug(nodes.stream().flatMap(n -> n.seen.labels.stream()).min(String::compareTo)
        .orElse(name));
    Set<String> taken = new HashSet<>();
    Map<Key, Entity> result = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      EntityType type = node.kind == Kind.PLACE ? EntityType.LOCATION : type(node);
      String country = node.kind == Kind.PLACE
          ? (node.seen.countries.isEmpty() ? null : node.seen.countries.iterator().next()) : node.country;
      boolean kindSeenBefore = false;
      for (int j = 0; j < i; j++) {
        kindSeenBefore |= nodes.get(j).kind == node.kind;
      }
      String id = id(base, type, node.kind == Kind.PLACE ? null : node.country, kindSeenBefore, taken);
      taken.add(id);
      Entity entity = new Entity(id, node.seen.labels.iterator().next(), type,
          node.seen.wikidata.isEmpty() ? null : node.seen.wikidata.iterator().next(), country,
          node.seen.actsAs.isEmpty() ? null : node.seen.actsAs.iterator().next());
      node.keys.forEach(k -> result.put(k, entity));
      byId.put(id, entity);
    }
    settled.put(name, result);
  }

  /**
   * The nodes of one kind: one when the name has at most one country (the keys with none join it),
   * else one per country and one for the keys with none.
   */
  private static List<Node> byCountry(Kind kind, Map<Key, Seen> keys) {
    Set<String> countries = new TreeSet<>();
    keys.keySet().stream().filter(k -> k.kind() == kind && k.country() != null).forEach(k -> countries.add(k.country()));
    Map<String, Node> nodes = new TreeMap<>(Comparator.nullsFirst(Comparator.<String>naturalOrder()));
    keys.forEach((k, s) -> {
      if (k.kind() != kind) {
        return;
      }
      String country = countries.size() == 1 ? countries.iterator().next() : k.country();
      nodes.computeIfAbsent(country, c -> new Node(kind, c)).take(k, s);
    });
    return new ArrayList<>(nodes.values());
  }

  /** The type most of the node's documents gave it; an organisation's more specific type wins over a plain one. */
  private static EntityType type(Node node) {
    EntityType best = null;
    int most = -1;
    for (var t : node.seen.types.entrySet()) {
      if (t.getValue() > most) {
        best = t.getKey();
        most = t.getValue();
      }
    }
    if (node.kind == Kind.ORGANISATION && best == EntityType.ORGANISATION) {
      // "Centre for ..." found as a think tank in one document, a plain organisation in others
      best = node.seen.types.keySet().stream().filter(t -> t != EntityType.ORGANISATION && t.isOrganisation())
          .findFirst().orElse(best);
    }
    return Objects.requireNonNull(best);
  }

  /** The first free id of: slug, slug_Class, slug_Country, slug_Class_Country, then numbered. */
  private String id(String base, EntityType type, String country, boolean kindSeenBefore, Set<String> taken) {
    List<String> candidates = new ArrayList<>();
    candidates.add(base);
    if (!kindSeenBefore) {
      candidates.add(base + "_" + type.className());
    }
    if (country != null) {
      candidates.add(base + "_" + country);
      candidates.add(base + "_" + type.className() + "_" + country);
    }
    for (String c : candidates) {
      if (!taken.contains(c) && gazetteer.entity(c).isEmpty()) {
        return c;
      }
    }
    String last = candidates.get(candidates.size() - 1);
    for (int n = 2; ; n++) {
      if (!taken.contains(last + "_" + n) && gazetteer.entity(last + "_" + n).isEmpty()) {
        return last + "_" + n;
      }
    }
  }
}
