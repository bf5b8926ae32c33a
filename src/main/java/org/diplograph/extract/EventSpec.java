package org.diplograph.extract;

/**
 * What a rule finds: an event of a PLOVER type, with a mode where the rule knows it, and the named
 * relation it also states between each source and target ({@code relation} is null for rows that
 * name only a type).
 */
public record EventSpec(EventType type, String mode, RelationSpec relation) {

  /** The flags that steer argument resolution and modality: the relation's, else the type's. */
  public RelationSpec behaviour() {
    return relation != null ? relation : type.behaviour();
  }

  public String key() {
    return type.name() + (mode != null ? "/" + mode : "") + (relation != null ? "/" + relation.name() : "");
  }
}
