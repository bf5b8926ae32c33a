package org.diplograph.spark;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.diplograph.graph.EntityDescriptions;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.Gazetteer;

/**
 * The corpus-wide entity descriptions one document's graph needs, as far as they were looked up
 * for it: the gazetteer's, then those in {@code known} (an entry without a label means the corpus
 * has no description of that id). Answers exactly what the single-machine build's
 * {@link org.diplograph.graph.EntityCatalog} answers for those ids, and records every id it was
 * asked about that it does not know yet and that some document may mention, so the build can look
 * them up and build the graph again.
 */
final class LookupDescriptions implements EntityDescriptions {
  private final Gazetteer gazetteer;
  private final Map<String, Rows.EntityRow> known;
  private final IdFilter mentioned;
  private final Set<String> asked = new TreeSet<>();

  /** {@code mentioned}: the ids any document mentions; an id it rules out has no description, certainly. */
  LookupDescriptions(Gazetteer gazetteer, Map<String, Rows.EntityRow> known, IdFilter mentioned) {
    this.gazetteer = gazetteer;
    this.known = known;
    this.mentioned = mentioned;
  }

  @Override
  public Entity canonical(Entity entity) {
    Optional<Entity> listed = gazetteer.entity(entity.id());
    if (listed.isPresent()) {
      return listed.get();
    }
    return lookup(entity.id()).orElse(entity);
  }

  @Override
  public Optional<Entity> byId(String id) {
    return gazetteer.entity(id).or(() -> lookup(id));
  }

  private Optional<Entity> lookup(String id) {
    Rows.EntityRow row = known.get(id);
    if (row == null) {
      if (mentioned.mightContain(id)) {
        asked.add(id);
      }
      return Optional.empty();
    }
    return row.label() == null ? Optional.empty() : Optional.of(row.entity());
  }

  /** The ids asked about that were not known: if any, the graph built with this lookup is not final. */
  Set<String> unknown() {
    return asked;
  }
}
