package org.diplograph.export;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The actor graph as Graphviz DOT: states as blue boxes, people as yellow ellipses, organisations as
 * green rounded boxes; each relation a labelled edge coloured by its PLOVER family (consulting blue,
 * cooperation green, accusation orange, coercion red, roles grey), thicker with more evidence, dashed
 * when no mention asserts it, without arrowheads when symmetric. A legend lists the colours in use.
 * Only actors with at least one edge are drawn: the picture is of relations.
 */
public final class DotWriter {
  /** An edge colour and what it means. */
  record Family(String colour, String meaning) {}

  private static final Family ROLE = new Family("#7f7f7f", "role (leader, minister, member)");
  private static final Family OTHER = new Family("#9467bd", "other");
  private static final Map<String, Family> FAMILIES = new LinkedHashMap<>();

  static {
    Family consult = new Family("#1f77b4", "consult (meet, call, visit)");
    Family cooperate = new Family("#2ca02c", "support, cooperation, aid");
    Family accuse = new Family("#e67e00", "accusation, criticism");
    Family coerce = new Family("#d62728", "threat, sanction, attack");
    FAMILIES.put("CONSULT", consult);
    FAMILIES.put("SUPPORT", cooperate);
    FAMILIES.put("COOPERATE", cooperate);
    FAMILIES.put("AID", cooperate);
    FAMILIES.put("ACCUSE", accuse);
    FAMILIES.put("THREATEN", coerce);
    FAMILIES.put("SANCTION", coerce);
    FAMILIES.put("ASSAULT", coerce);
  }

  private final String title;

  public DotWriter(String title) {
    this.title = title;
  }

  public String write(ActorGraph graph) {
    Set<String> linked = new TreeSet<>();
    graph.edges().forEach(e -> {
      linked.add(e.subject());
      linked.add(e.object());
    });
    StringBuilder dot = new StringBuilder("digraph diplograph {\n");
    dot.append("  graph [fontname=\"Helvetica\", fontsize=11, rankdir=LR, nodesep=0.35, ranksep=0.9, pad=0.3,"
        + " bgcolor=\"white\", labelloc=b, labeljust=l];\n");
    dot.append("  node [fontname=\"Helvetica\", fontsize=12, style=\"filled\", color=\"#4d4d4d\", penwidth=1.2];\n");
    dot.append("  edge [fontname=\"Helvetica\", fontsize=10, arrowsize=0.7];\n\n");
    int drawn = 0;
    for (ActorNode n : graph.nodes()) {
      if (linked.contains(n.iri())) {
        node(dot, n);
        drawn++;
      }
    }
    dot.append('\n');
    Set<Family> used = new java.util.LinkedHashSet<>();
    for (RelationEdge e : graph.edges()) {
      Family family = family(e);
      used.add(family);
      edge(dot, e, family);
    }
    dot.append("\n  label=<").append(legend(drawn, graph.edges().size(), used)).append(">;\n}\n");
    return dot.toString();
  }

  private static void node(StringBuilder dot, ActorNode n) {
    String style = switch (n.kind()) {
      case "State" -> "shape=box, fillcolor=\"#cfe2f3\"";
      case "Person" -> "shape=ellipse, fillcolor=\"#fff2cc\"";
      case "Organisation" -> "shape=box, style=\"filled,rounded\", fillcolor=\"#d9ead3\"";
      default -> "shape=plaintext, fillcolor=\"#eeeeee\"";
    };
    dot.append("  ").append(quote(n.iri())).append(" [label=").append(quote(n.label())).append(", ").append(style)
        .append(", tooltip=").append(quote(n.type() + ": " + n.iri())).append("];\n");
  }

  private static void edge(StringBuilder dot, RelationEdge e, Family family) {
    String label = e.label() + (e.evidence() > 1 ? " (" + e.evidence() + ")" : "");
    double width = Math.min(4.5, 1.0 + Math.log(e.evidence()) / Math.log(2));
    dot.append("  ").append(quote(e.subject())).append(" -> ").append(quote(e.object()))
        .append(" [label=").append(quote(label))
        .append(", color=\"").append(family.colour()).append("\", fontcolor=\"").append(family.colour()).append('"')
        .append(String.format(Locale.ROOT, ", penwidth=%.1f", width));
    if (e.asserted() == 0) {
      dot.append(", style=dashed");
    }
    if (e.symmetric()) {
      dot.append(", dir=none");
    }
    dot.append(", tooltip=").append(quote(e.label() + ": " + e.evidence() + " mention(s), " + e.asserted()
        + " asserted, confidence up to " + e.confidence().toPlainString() + "; " + String.join(", ", e.documents())));
    dot.append("];\n");
  }

  static Family family(RelationEdge e) {
    if (e.plover() == null) {
      return ROLE;
    }
    return FAMILIES.getOrDefault(e.plover(), OTHER);
  }

  /** An HTML-like table under the graph: the title, then one line per edge colour in use. */
  private String legend(int nodes, int edges, Set<Family> used) {
    StringBuilder html = new StringBuilder("<table border=\"0\" cellspacing=\"2\" cellpadding=\"1\">");
    html.append("<tr><td align=\"left\"><b>").append(escapeHtml(title)).append("</b> (").append(nodes)
        .append(" actors, ").append(edges).append(" relations)</td></tr>");
    for (Family f : used) {
      html.append("<tr><td align=\"left\"><font color=\"").append(f.colour()).append("\">&#9472;&#9472;&#9472; ")
          .append(escapeHtml(f.meaning())).append("</font></td></tr>");
    }
    html.append("<tr><td align=\"left\"><font color=\"#4d4d4d\">blue boxes: states; yellow ellipses: people;"
        + " green rounded boxes: organisations; (n): mentions; dashed: never asserted as fact</font></td></tr>");
    return html.append("</table>").toString();
  }

  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static String escapeHtml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
