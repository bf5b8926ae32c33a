package org.diplograph.extract;

import java.util.List;
import java.util.Optional;
import org.diplograph.annotate.DependencyGraph;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityType;
import org.diplograph.resolve.Mention;
import org.diplograph.resolve.ResolvedDocument;

/**
 * Finds where an event happened: a place introduced by "in" or "at" on the trigger ("met in
 * Beijing"), on the verb carrying a noun trigger, or on the object ("his meeting with Wang Yi in
 * South Africa"), or a place naming the event ("the Beijing meeting").
 */
final class PlaceFinder {
  Optional<Entity> find(ResolvedDocument document, DependencyGraph graph, int sentence, int trigger,
      int carrier, List<Integer> objectTokens) {
    Optional<Entity> place = at(document, graph, sentence, trigger, true);
    if (place.isEmpty() && carrier > 0) {
      place = at(document, graph, sentence, carrier, false);
    }
    for (int i = 0; place.isEmpty() && i < objectTokens.size(); i++) {
      place = at(document, graph, sentence, objectTokens.get(i), false);
    }
    return place;
  }

  private Optional<Entity> at(ResolvedDocument document, DependencyGraph graph, int sentence, int node,
      boolean compound) {
    for (int child : graph.children(node, r -> r.equals("obl:in") || r.equals("obl:at") || r.equals("nmod:in")
        || r.equals("nmod:at") || (compound && r.equals("compound")))) {
      Optional<Mention> place = document.placeAt(sentence, child);
      boolean prepositional = !graph.children(node, r -> r.equals("compound")).contains(child);
      // "the Beijing meeting" names a city; "US sanctions" names who, not where
      if (place.isPresent() && (prepositional || place.get().entity().type() == EntityType.LOCATION)) {
        return Optional.of(place.get().entity());
      }
    }
    return Optional.empty();
  }
}
