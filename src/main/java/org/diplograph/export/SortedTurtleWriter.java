package org.diplograph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.diplograph.graph.Vocabulary;

/**
 * Writes a graph as Turtle in a fixed order (subjects, then predicates with {@code rdf:type}
 * first, then objects, each by their N-Triples form), so identical graphs give byte-identical
 * files: diffs between runs show what changed, and caches and checksums work. Uses
 * {@code @prefix} directives and no blank nodes, which every RDF tool reads.
 */
public final class SortedTurtleWriter {
  private final Map<String, String> prefixes;

  public SortedTurtleWriter(Map<String, String> prefixes) {
    this.prefixes = prefixes;
  }

  public void write(Graph graph, OutputStream stream) {
    try {
      Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
      writePrefixes(out);
      writeTriples(graph, out, "");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void writePrefixes(Writer out) throws IOException {
    for (var e : prefixes.entrySet()) {
      out.write("@prefix " + e.getKey() + ": <" + e.getValue() + "> .\n");
    }
  }

  /** The triples of one graph, each line indented by {@code indent} (TriG nests them in a block). */
  void writeTriples(Graph graph, Writer out, String indent) throws IOException {
    PrefixMap prefixMap = PrefixMapFactory.create(prefixes);
    List<Triple> triples = new ArrayList<>(graph.find().toList());
    // Each node formatted once, not on every comparison: formatting was most of the writing time.
    Map<Node, String> formatted = new HashMap<>();
    Comparator<Node> byNt = Comparator.comparing(n -> formatted.computeIfAbsent(n, NodeFmtLib::strNT));
    triples.sort(Comparator.comparing(Triple::getSubject, byNt)
        .thenComparing(Triple::getPredicate, (a, b) -> comparePredicates(a, b, byNt))
        .thenComparing(Triple::getObject, byNt));
    Node subject = null;
    Node predicate = null;
    for (Triple t : triples) {
      String object = NodeFmtLib.str(t.getObject(), prefixMap);
      if (!t.getSubject().equals(subject)) {
        if (subject != null) {
          out.write(" .\n");
        }
        out.write("\n" + indent + NodeFmtLib.str(t.getSubject(), prefixMap) + "\n" + indent + "    "
            + predicate(t.getPredicate(), prefixMap) + " " + object);
        subject = t.getSubject();
        predicate = t.getPredicate();
      } else if (!t.getPredicate().equals(predicate)) {
        out.write(" ;\n" + indent + "    " + predicate(t.getPredicate(), prefixMap) + " " + object);
        predicate = t.getPredicate();
      } else {
        out.write(" ,\n" + indent + "        " + object);
      }
    }
    if (subject != null) {
      out.write(" .\n");
    }
  }

  PrefixMap prefixMap() {
    return PrefixMapFactory.create(prefixes);
  }

  private static String predicate(Node p, PrefixMap prefixMap) {
    return p.equals(Vocabulary.TYPE) ? "a" : NodeFmtLib.str(p, prefixMap);
  }

  private static int comparePredicates(Node a, Node b, Comparator<Node> byNt) {
    boolean aType = a.equals(Vocabulary.TYPE);
    boolean bType = b.equals(Vocabulary.TYPE);
    if (aType != bType) {
      return aType ? -1 : 1;
    }
    return byNt.compare(a, b);
  }
}
