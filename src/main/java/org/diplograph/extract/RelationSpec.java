package org.diplograph.extract;

import java.util.Set;
import org.diplograph.resolve.EntityType;

/**
 * What the ontology says about one relation property: its local name, whether it is symmetric,
 * attitudinal (saying it makes it so), personal (carried out by people in person: meetings,
 * calls), whether a place may name its object's state (attacking Kharkiv attacks Ukraine), which
 * kinds of actor its object may be (empty: any), and whether it is a role rather than an event.
 */
public record RelationSpec(String name, String label, boolean symmetric, boolean attitudinal, boolean personal,
    boolean placeMeansState, Set<EntityType> objectTypes, boolean role) {

  public RelationSpec {
    objectTypes = Set.copyOf(objectTypes);
  }

  public boolean acceptsObject(EntityType type) {
    return objectTypes.isEmpty() || objectTypes.contains(type);
  }
}
