package org.diplograph.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The relation properties declared in the ontology, by local name, and the PLOVER event classes
 * (subclasses of {@code dg:Event}), by class name ({@code Assault}).
 */
public record RelationCatalog(Map<String, RelationSpec> relations, Map<String, EventType> eventTypes) {
  public RelationCatalog {
    relations = Map.copyOf(new TreeMap<>(relations));
    eventTypes = Map.copyOf(new TreeMap<>(eventTypes));
  }

  public Optional<RelationSpec> find(String name) {
    return Optional.ofNullable(relations.get(name));
  }

  /** The relation, or an error naming where it was asked for. */
  public RelationSpec require(String name, String where) {
    return find(name).orElseThrow(() -> new IllegalArgumentException(where
        + ": relation '" + name + "' is not declared in the ontology (declare dg:" + name
        + " as a subproperty of dg:eventRelation or dg:roleRelation)"));
  }

  /** An event class by its class name ({@code Assault}) or PLOVER name ({@code ASSAULT}). */
  public Optional<EventType> eventType(String name) {
    EventType byClass = eventTypes.get(name);
    if (byClass != null) {
      return Optional.of(byClass);
    }
    return eventTypes.values().stream().filter(t -> t.plover().equals(name.toUpperCase(Locale.ROOT))).findFirst();
  }

  /**
   * What a pattern row's first column names: a relation ({@code attacked}), an event class
   * ({@code Assault}), either with a PLOVER mode ({@code attacked/aerial}, {@code Protest/demo}).
   */
  public EventSpec event(String cell, String where) {
    int slash = cell.indexOf('/');
    String name = slash < 0 ? cell : cell.substring(0, slash);
    String mode = slash < 0 ? null : cell.substring(slash + 1);
    Optional<RelationSpec> relation = find(name);
    if (relation.isPresent()) {
      if (relation.get().role()) {
        throw new IllegalArgumentException(where + ": '" + name + "' is a role; roles come from titles.tsv");
      }
      return forRelation(relation.get(), mode, where);
    }
    EventType type = eventType(name).orElseThrow(() -> new IllegalArgumentException(where + ": '" + name
        + "' is neither a relation nor an event class declared in the ontology (dg:" + name + ")"));
    return new EventSpec(type, mode, null);
  }

  /** The event a named relation reports. */
  public EventSpec forRelation(RelationSpec relation, String mode, String where) {
    if (relation.eventClass() == null || !eventTypes.containsKey(relation.eventClass())) {
      throw new IllegalArgumentException(where + ": relation '" + relation.name()
          + "' has no dg:eventClass in the ontology");
    }
    return new EventSpec(eventTypes.get(relation.eventClass()), mode, relation);
  }
}
