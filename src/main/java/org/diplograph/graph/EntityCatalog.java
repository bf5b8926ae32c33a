package org.diplograph.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityType;
import org.diplograph.resolve.Gazetteer;
import org.diplograph.resolve.UnknownActors;

/**
 * One description per entity across all documents, so that merging document graphs never gives
 * a node two labels or two types: the gazetteer's entry when there is one; for an actor or place
 * the gazetteer lacks, the node {@link UnknownActors} settles from its name, kind and country over
 * the whole corpus (the same name with compatible context is one node, with incompatible context
 * two; a name most documents take for a place is a place); for a group actor, its id (which says
 * its state and sector) with the alphabetically first label seen.
 */
public final class EntityCatalog implements EntityDescriptions {
  private final Gazetteer gazetteer;
  private final UnknownActors unknown;
  private final Map<String, Entity> groups = new HashMap<>();

  public EntityCatalog(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.unknown = new UnknownActors(gazetteer);
  }

  /** Records the entities of one document; call for every document before {@link #canonical}. */
  public synchronized void observe(Collection<Entity> entities) {
    unknown.observe(entities);
    for (Entity e : entities) {
      if (e.type() == EntityType.GROUP && gazetteer.entity(e.id()).isEmpty()) {
        groups.merge(e.id(), e, EntityCatalog::prefer);
      }
    }
  }

  private static Entity prefer(Entity a, Entity b) {
    String label = a.label().compareTo(b.label()) <= 0 ? a.label() : b.label();
    return new Entity(a.id(), label, a.type(), a.wikidata() != null ? a.wikidata() : b.wikidata(),
        a.country() != null ? a.country() : b.country(), a.actsAs() != null ? a.actsAs() : b.actsAs());
  }

  @Override
  public synchronized Entity canonical(Entity entity) {
    Optional<Entity> known = gazetteer.entity(entity.id());
    if (known.isPresent()) {
      return known.get();
    }
    if (unknown.handles(entity)) {
      // the node settled for the id, whatever kind this mention's context gave: one id, one type
      Entity settled = unknown.canonical(entity);
      return unknown.byId(settled.id()).orElse(settled);
    }
    return groups.getOrDefault(entity.id(), entity);
  }

  @Override
  public synchronized Optional<Entity> byId(String id) {
    return gazetteer.entity(id).or(() -> unknown.byId(id)).or(() -> Optional.ofNullable(groups.get(id)));
  }

  public synchronized Map<String, Entity> snapshot() {
    Map<String, Entity> all = new TreeMap<>(unknown.nodes());
    all.putAll(groups);
    return all;
  }
}
