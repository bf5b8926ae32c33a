package org.diplograph.extract;

import java.util.List;

/**
 * What the extract stage found in one document: the event mentions, and the relation statements
 * (those the events give between named actors, and the roles).
 */
public record Extraction(List<EventMention> events, List<RelationMention> relations) {
  public Extraction {
    events = List.copyOf(events);
    relations = List.copyOf(relations);
  }

  public static Extraction empty() {
    return new Extraction(List.of(), List.of());
  }
}
