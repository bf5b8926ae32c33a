package org.diplograph.extract;

import java.util.List;
import org.diplograph.annotate.DependencyGraph;
import org.diplograph.resolve.NameLists;

/**
 * Acts the parties of a clause do to one another, told with a distributive doer and a reciprocal
 * object: "Armenian and Azerbaijani forces clashed, each accusing the other", "with each side
 * blaming the other", "both sides accused one another", "Sudan and South Sudan blamed each other".
 * The doer and the object name no actor; the parties are the subject of the clause the doer hangs
 * on (or the act's own), each of them a source of a joint act.
 * The words are data (names.tsv: distributive, reciprocal).
 */
final class Reciprocals {
  /** Steps up from the distributive word to the clause whose subject names the parties. */
  private static final int MAX_STEPS = 3;

  /**
   * The token whose subject names the parties when the trigger's doer is distributive and its object
   * reciprocal; 0 when it is not such an act.
   */
  int partiesClause(DependencyGraph graph, int trigger, NameLists names) {
    if (graph.children(trigger, r -> r.equals("obj") || r.startsWith("obl")).stream()
        .noneMatch(o -> isReciprocal(graph, o, names))) {
      return 0;
    }
    int doer = distributiveDoer(graph, trigger, names);
    if (doer == 0) {
      // "Sudan and South Sudan blamed each other": the trigger's own subjects
      return graph.hasChild(trigger, r -> r.equals("nsubj")) ? trigger : 0;
    }
    int node = doer;
    for (int step = 0; step < MAX_STEPS; step++) {
      node = graph.head(node);
      if (node <= 0) {
        return 0;
      }
      if (node != trigger && graph.token(node).isVerb() && graph.hasChild(node, r -> r.startsWith("nsubj"))) {
        return node;
      }
    }
    return 0;
  }

  /**
   * "each" (the trigger hung on it: "each accusing the other", or it on the trigger), or a subject
   * "each side", "both sides".
   */
  private static int distributiveDoer(DependencyGraph graph, int trigger, NameLists names) {
    int head = graph.head(trigger);
    if (head > 0 && (graph.relation(trigger).startsWith("acl") || graph.relation(trigger).equals("dep"))
        && names.isDistributive(graph.token(head).word())) {
      return head;
    }
    for (int subject : graph.children(trigger, r -> r.equals("nsubj") || r.equals("dep") || r.equals("obl:npmod"))) {
      if (isDistributive(graph, subject, names)) {
        return subject;
      }
    }
    return 0;
  }

  /** "each", "each side", "both sides": no actor, but every one of the parties in turn. */
  static boolean isDistributive(DependencyGraph graph, int token, NameLists names) {
    return names.isDistributive(graph.token(token).word())
        || graph.children(token, r -> r.equals("det")).stream().anyMatch(d -> names.isDistributive(graph.token(d).word()));
  }

  /** "the other", "the other side", "each other", "one another". */
  private static boolean isReciprocal(DependencyGraph graph, int token, NameLists names) {
    return names.isReciprocal(graph.token(token).word())
        || graph.children(token, r -> r.equals("amod") || r.equals("det")).stream()
            .anyMatch(m -> names.isReciprocal(graph.token(m).word()));
  }

  /** The parties' tokens: the clause's subjects. */
  List<Integer> parties(DependencyGraph graph, int clause) {
    return graph.children(clause, r -> r.equals("nsubj"));
  }
}
