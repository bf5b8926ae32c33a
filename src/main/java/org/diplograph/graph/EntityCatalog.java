package org.diplograph.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityType;
import org.diplograph.resolve.Gazetteer;

/**
 * One description per entity id across all documents, so that merging document graphs never gives
 * a node two labels or two types: the gazetteer's entry when there is one, otherwise the
 * alphabetically first label seen and the type most documents gave the name (CoreNLP tags the
 * town of Douma a person in one article and a city in nine: it is a place; a tie goes to the
 * place, which never acts).
 */
public final class EntityCatalog implements EntityDescriptions {
  private final Gazetteer gazetteer;
  private final Map<String, Entity> seen = new HashMap<>();
  private final Map<String, Map<EntityType, Integer>> typeVotes = new HashMap<>();

  public EntityCatalog(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Records the entities of one document; call for every document before {@link #canonical}. */
  public synchronized void observe(Collection<Entity> entities) {
    for (Entity e : entities) {
      seen.merge(e.id(), e, EntityCatalog::prefer);
      typeVotes.computeIfAbsent(e.id(), k -> new java.util.EnumMap<>(EntityType.class)).merge(e.type(), 1, Integer::sum);
    }
  }

  private static Entity prefer(Entity a, Entity b) {
    String label = a.label().compareTo(b.label()) <= 0 ? a.label() : b.label();
    EntityType type = a.type();
    if (a.type() == EntityType.ORGANISATION && b.type().isOrganisation()) {
      type = b.type();
    }
    return new Entity(a.id(), label, type, a.wikidata() != null ? a.wikidata() : b.wikidata(),
        a.country() != null ? a.country() : b.country(), a.actsAs() != null ? a.actsAs() : b.actsAs());
  }

  @Override
  public synchronized Entity canonical(Entity entity) {
    Optional<Entity> known = gazetteer.entity(entity.id());
    if (known.isPresent()) {
      return known.get();
    }
    Entity merged = seen.getOrDefault(entity.id(), entity);
    Map<EntityType, Integer> votes = typeVotes.get(entity.id());
    if (votes == null || votes.size() < 2) {
      return merged;
    }
    EntityType best = merged.type();
    int most = -1;
    for (var vote : votes.entrySet()) {
      boolean wins = vote.getValue() > most
          || (vote.getValue() == most && vote.getKey() == EntityType.LOCATION);
      if (wins) {
        best = vote.getKey();
        most = vote.getValue();
      }
    }
    return merged.withType(best);
  }

  @Override
  public synchronized Optional<Entity> byId(String id) {
    return gazetteer.entity(id).or(() -> Optional.ofNullable(seen.get(id)));
  }

  public synchronized Map<String, Entity> snapshot() {
    return new TreeMap<>(seen);
  }
}
