package org.diplograph.extract;

import java.util.Optional;
import java.util.Set;
import org.diplograph.annotate.DependencyGraph;
import org.diplograph.annotate.Token;

/**
 * Finds the date the text gives for an event: a DATE entity attached to the trigger ("met on
 * Tuesday", "their May 2024 meeting") or to the verb that carries a noun trigger ("Earlier this
 * week, a meeting ... took place").
 */
final class TimeFinder {
  private static final Set<String> TEMPORAL = Set.of("obl:tmod", "nmod:tmod", "obl:npmod", "compound", "amod",
      "obl:on", "obl:in", "obl:during", "obl:at", "nmod:on", "nmod:in", "nmod:during", "nmod:at", "advmod", "obl");

  Optional<EventTime> find(DependencyGraph graph, int trigger, int carrier) {
    Optional<EventTime> own = near(graph, trigger);
    if (own.isPresent() || carrier <= 0) {
      return own;
    }
    return near(graph, carrier);
  }

  private Optional<EventTime> near(DependencyGraph graph, int node) {
    for (int child : graph.children(node, TEMPORAL::contains)) {
      Token t = graph.token(child);
      if (t.ner().equals("DATE") && t.normalized() != null && usable(t.normalized())) {
        return Optional.of(new EventTime(dateText(graph, child), t.normalized()));
      }
    }
    return Optional.empty();
  }

  /** Values that name a calendar period; SUTime's PRESENT_REF or XXXX-XX-XX do not. */
  private static boolean usable(String value) {
    return value.matches("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?");
  }

  /** The whole DATE span around the token, with a preposition before it ("on Tuesday"). */
  private static String dateText(DependencyGraph graph, int token) {
    int start = token;
    int end = token;
    String value = graph.token(token).normalized();
    while (start > 1 && value.equals(graph.token(start - 1).normalized())) {
      start--;
    }
    while (end < graph.sentence().size() && value.equals(graph.token(end + 1).normalized())) {
      end++;
    }
    if (start > 1 && Set.of("on", "in", "during", "since", "at").contains(graph.token(start - 1).word().toLowerCase(java.util.Locale.ROOT))) {
      start--;
    }
    int base = graph.sentence().begin();
    String text = graph.sentence().text();
    int from = graph.token(start).begin() - base;
    int to = graph.token(end).end() - base;
    return from >= 0 && to <= text.length() && from < to ? text.substring(from, to) : graph.token(token).word();
  }
}
