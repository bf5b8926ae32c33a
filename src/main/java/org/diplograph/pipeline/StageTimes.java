package org.diplograph.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall time of each stage of one build, in milliseconds, in the order the stages ran: read, clean,
 * annotate, resolve, extract, graph, validate, write (and publish when there are publishers);
 * {@code annotators} splits annotation by annotator (time summed over the annotation threads, so
 * it can exceed the stage's wall time), with {@code model load} apart.
 */
public record StageTimes(Map<String, Long> stages, Map<String, Long> annotators) {
  public StageTimes {
    stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    annotators = Collections.unmodifiableMap(new LinkedHashMap<>(annotators));
  }

  /** Times stages as they run. */
  static final class Clock {
    private final Map<String, Long> stages = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    /** The time since the previous lap (or the start) goes to {@code stage}. */
    void lap(String stage) {
      long now = System.nanoTime();
      stages.merge(stage, (now - mark) / 1_000_000, Long::sum);
      mark = now;
    }

    StageTimes times(Map<String, Long> annotators) {
      return new StageTimes(stages, annotators);
    }
  }
}
