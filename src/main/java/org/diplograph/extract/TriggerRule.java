package org.diplograph.extract;

import java.util.List;
import java.util.Set;

/**
 * One row of a trigger table: a lemma that expresses an event (and perhaps a named relation), and
 * its argument slots. {@code bare} rows may report an event with no resolved participant ("a bomb
 * exploded in Izmir"); {@code curated} rows come from the hand-written table and win over rows
 * generated from the CAMEO dictionary for the same word.
 */
public record TriggerRule(EventSpec event, String lemma, boolean verb, List<String> subjectSlots,
    List<String> objectSlots, double confidence, Set<String> requires, boolean bare, boolean curated,
    String example, String source) {

  public TriggerRule {
    subjectSlots = List.copyOf(subjectSlots);
    objectSlots = List.copyOf(objectSlots);
    requires = Set.copyOf(requires);
  }

  /** The flags that steer argument resolution and modality. */
  public RelationSpec relation() {
    return event.behaviour();
  }
}
