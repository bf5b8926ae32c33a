package org.diplograph.extract;

import java.util.Set;
import org.diplograph.resolve.EntityType;

/**
 * What the ontology says about one relation property: its local name, whether it is symmetric,
 * attitudinal (saying it makes it so), personal (carried out by people in person: meetings,
 * calls), whether a place may name its object's state (attacking Kharkiv attacks Ukraine), which
 * kinds of actor its object may be (empty: any), whether it is a role rather than an event, and
 * the PLOVER event class it is a kind of ({@code Consult} for met with; null for roles). An event
 * class itself has a spec too, read from the same annotations on the class, for rows that name
 * only a type.
 */
public record RelationSpec(String name, String label, boolean symmetric, boolean attitudinal, boolean personal,
    boolean placeMeansState, Set<EntityType> objectTypes, boolean role, String eventClass) {

  public RelationSpec {
    objectTypes = Set.copyOf(objectTypes);
  }

  public boolean acceptsObject(EntityType type) {
    return objectTypes.isEmpty() || objectTypes.contains(type);
  }
}
