package org.diplograph.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * A graph's identity for change detection: SHA-256 over its triples, each written as a
 * length-prefixed string (so no two different triples give the same string), sorted. Independent
 * of prefixes, layout and insertion order; our graphs have no blank nodes outside the ontology,
 * whose labels are fixed when it is read, so equal hashes mean equal graphs. Plain strings rather
 * than N-Triples: formatting every IRI through Jena's writer made hashing a large share of a rebuild.
 */
public final class GraphHash {
  private GraphHash() {}

  public static String of(Graph graph) {
    List<String> lines = graph.find().mapWith(GraphHash::key).toList();
    lines.sort(null);
    return ofSortedKeys(lines.iterator());
  }

  /** The hash of a graph given as its triples' {@link #key}s in sorted order (a graph too big for one JVM). */
  public static String ofSortedKeys(java.util.Iterator<String> sortedKeys) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      while (sortedKeys.hasNext()) {
        digest.update(sortedKeys.next().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** One triple as the hash sees it. */
  public static String key(Triple t) {
    StringBuilder key = new StringBuilder();
    node(t.getSubject(), key);
    node(t.getPredicate(), key);
    node(t.getObject(), key);
    return key.toString();
  }

  private static void node(Node n, StringBuilder key) {
    if (n.isURI()) {
      part('U', n.getURI(), key);
    } else if (n.isLiteral()) {
      part('L', n.getLiteralLexicalForm(), key);
      part('T', n.getLiteralDatatypeURI(), key);
      part('@', n.getLiteralLanguage(), key);
    } else {
      part('B', n.getBlankNodeLabel(), key);
    }
  }

  private static void part(char kind, String text, StringBuilder key) {
    key.append(kind).append(text.length()).append(':').append(text);
  }
}
