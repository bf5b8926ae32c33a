package org.diplograph.graph;

import java.util.Optional;
import org.diplograph.resolve.Entity;

/**
 * What a document's graph needs to know about entities beyond the document: the one description
 * each has across the corpus. {@link EntityCatalog} holds all of them; the Spark job hands each
 * document only those it asks for.
 */
public interface EntityDescriptions {
  /** The corpus-wide description of {@code entity} (itself, when the corpus knows no other). */
  Entity canonical(Entity entity);

  /** The description of the entity with this id, if the corpus or the gazetteer has one. */
  Optional<Entity> byId(String id);
}
