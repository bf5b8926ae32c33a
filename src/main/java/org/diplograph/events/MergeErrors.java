package org.diplograph.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplograph.graph.Vocabulary;

/**
 * The labelled pairs of one split that a graph gets wrong, each with both mentions as the merger
 * sees them and why the merger joined or kept them apart: the material for studying a merger's
 * errors on a development split. Never run it on a split that is scored as held out.
 */
public final class MergeErrors {
  private final Graph graph;
  private final Compatibility compatibility;
  private final Map<String, MentionFacts> facts = new HashMap<>();

  /** @param graph a graph holding the documents' mentions and the events they were merged into */
  public MergeErrors(Graph graph, Compatibility compatibility, List<MentionFacts> mentions) {
    this.graph = graph;
    this.compatibility = compatibility;
    mentions.forEach(m -> facts.put(m.iri(), m));
  }

  /** One line per wrong pair of {@code split}, then each mention's facts, sentence and merge rule. */
  public List<String> describe(List<MergeEvaluation.Pair> pairs, String split) {
    List<String> out = new ArrayList<>();
    for (MergeEvaluation.Pair p : pairs) {
      if (!p.split().equals(split)) {
        continue;
      }
      Optional<String> ea = eventOf(p.a());
      Optional<String> eb = eventOf(p.b());
      if (ea.isEmpty() || eb.isEmpty() || ea.equals(eb) == p.same()) {
        continue;
      }
      MentionFacts a = facts.get(p.a());
      MentionFacts b = facts.get(p.b());
      out.add((p.same() ? "MISSED (labelled same, kept apart)" : "WRONG (labelled different, merged)"));
      out.add("  pair on their own: " + compatibility.compare(a, b).reason());
      for (MentionFacts m : List.of(a, b)) {
        out.add("  " + m.iri());
        out.add("    " + m.document() + " published " + m.published() + " | " + m.type() + (m.mode() == null ? "" : "/" + m.mode())
            + " | sources " + m.sources() + " targets " + m.targets() + " | date " + m.dateValue() + " | place " + m.place()
            + " | " + m.modality());
        out.add("    \"" + literal(m.iri(), "sentence") + "\"");
        out.add("    event " + eventOf(m.iri()).orElse("-") + ": " + literal(m.iri(), "mergeRule"));
      }
    }
    return out;
  }

  private Optional<String> eventOf(String mention) {
    var it = graph.find(NodeFactory.createURI(mention), Vocabulary.dg("mentionOf"), Node.ANY);
    try {
      return it.hasNext() ? Optional.of(it.next().getObject().getURI()) : Optional.empty();
    } finally {
      it.close();
    }
  }

  private String literal(String mention, String property) {
    var it = graph.find(NodeFactory.createURI(mention), Vocabulary.dg(property), Node.ANY);
    try {
      return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    } finally {
      it.close();
    }
  }
}
