package org.diplograph.extract;

import java.util.List;
import java.util.Set;

/** One row of {@code triggers.tsv}: a lemma that expresses a relation, and its argument slots. */
public record TriggerRule(RelationSpec relation, String lemma, boolean verb, List<String> subjectSlots,
    List<String> objectSlots, double confidence, Set<String> requires, String source) {

  public TriggerRule {
    subjectSlots = List.copyOf(subjectSlots);
    objectSlots = List.copyOf(objectSlots);
    requires = Set.copyOf(requires);
  }
}
