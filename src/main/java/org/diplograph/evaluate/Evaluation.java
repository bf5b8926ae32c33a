package org.diplograph.evaluate;

import java.util.List;

/**
 * The score of a graph against a gold standard. Precision is over asserted event triples (a
 * symmetric pair counts once); recall is over required rows, roles included.
 */
public record Evaluation(int assertedEvents, int correctEvents, List<String> wrongEvents, int required,
    int found, List<GoldRelation> misses, List<String> violations) {

  public Evaluation {
    wrongEvents = List.copyOf(wrongEvents);
    misses = List.copyOf(misses);
    violations = List.copyOf(violations);
  }

  public double precision() {
    return assertedEvents == 0 ? 0 : (double) correctEvents / assertedEvents;
  }

  public double recall() {
    return required == 0 ? 0 : (double) found / required;
  }
}
