package org.diplograph.resolve;

import java.util.Locale;

/** What an entity is. Everything but {@link #LOCATION} can act, i.e. be a relation's argument. */
public enum EntityType {
  STATE("State"),
  PERSON("Person"),
  ORGANISATION("Organisation"),
  GOVERNMENT_BODY("GovernmentBody"),
  INTERNATIONAL_ORGANISATION("InternationalOrganisation"),
  THINK_TANK("ThinkTank"),
  MEDIA_OUTLET("MediaOutlet"),
  /** A non-state armed organisation named by its name ("al-Shabaab", "Hamas"). */
  ARMED_GROUP("ArmedGroup"),
  /** A collective actor named by nationality and sector ("Ethiopian troops", "protesters"). */
  GROUP("Group"),
  LOCATION("Location");

  private final String className;

  EntityType(String className) {
    this.className = className;
  }

  /** The local name of the ontology class, e.g. {@code ThinkTank}. */
  public String className() {
    return className;
  }

  public boolean isActor() {
    return this != LOCATION;
  }

  public boolean isOrganisation() {
    return this == ORGANISATION || this == GOVERNMENT_BODY || this == INTERNATIONAL_ORGANISATION
        || this == THINK_TANK || this == MEDIA_OUTLET || this == ARMED_GROUP;
  }

  /**
   * The types a class covers, as the ontology's subclasses say: itself, and for {@code Organisation}
   * every kind of organisation ("Organisation" admits an armed group).
   */
  public java.util.List<EntityType> covered() {
    return this == ORGANISATION
        ? java.util.Arrays.stream(values()).filter(EntityType::isOrganisation).toList()
        : java.util.List.of(this);
  }

  /** Parses the class name used in the gazetteer files (case-insensitive). */
  public static EntityType parse(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (EntityType type : values()) {
      if (type.className.toLowerCase(Locale.ROOT).equals(wanted)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown entity type '" + name + "'");
  }
}
