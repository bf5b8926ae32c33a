package org.diplograph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The linking decisions a built graph records ({@code dg:LinkingDecision}) for some words: which
 * document, what the words were linked to, the runner-up, the confidence, the rule and why.
 */
public final class RecordedLinks {
  /** One decision as the graph has it; absent values are null. */
  public record Recorded(String document, int begin, String text, String method, String linkedTo, String runnerUp,
      String confidence, String rule, String reason) {}

  private RecordedLinks() {}

  /** The decisions whose words contain the name or lie inside it (case-insensitive), in document order. */
  public static List<Recorded> find(Graph graph, String name) {
    String wanted = name.toLowerCase(Locale.ROOT).strip();
    List<Recorded> found = new ArrayList<>();
    graph.find(Node.ANY, Vocabulary.TYPE, Vocabulary.dg("LinkingDecision")).forEachRemaining(t -> {
      Node d = t.getSubject();
      String text = literal(graph, d, "linkedText").orElse("");
      String lower = text.toLowerCase(Locale.ROOT);
      if (!lower.contains(wanted) && !wanted.contains(lower)) {
        return;
      }
      String document = object(graph, d, Vocabulary.DERIVED_FROM)
          .flatMap(doc -> object(graph, doc, Vocabulary.IDENTIFIER)).map(Node::getLiteralLexicalForm).orElse("?");
      found.add(new Recorded(document, literal(graph, d, "beginIndex").map(Integer::parseInt).orElse(0), text,
          literal(graph, d, "linkMethod").orElse(null), local(graph, d, "linkedTo"), local(graph, d, "runnerUp"),
          literal(graph, d, "confidence").orElse(null), literal(graph, d, "rule").orElse(null),
          literal(graph, d, "linkReason").orElse(null)));
    });
    found.sort(Comparator.comparing(Recorded::document).thenComparingInt(Recorded::begin));
    return found;
  }

  private static String local(Graph graph, Node subject, String property) {
    return object(graph, subject, Vocabulary.dg(property)).filter(Node::isURI)
        .map(n -> n.getURI().substring(Vocabulary.ID.length())).orElse(null);
  }

  private static Optional<String> literal(Graph graph, Node subject, String property) {
    return object(graph, subject, Vocabulary.dg(property)).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
  }

  private static Optional<Node> object(Graph graph, Node subject, Node property) {
    var it = graph.find(subject, property, Node.ANY);
    try {
      return it.hasNext() ? Optional.of(it.next()).map(Triple::getObject) : Optional.empty();
    } finally {
      it.close();
    }
  }
}
