package org.diplograph.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * A graph's identity for change detection: SHA-256 of its triples as sorted N-Triples lines.
 * Independent of prefixes and layout, and the same for the same triples (our graphs have no blank
 * nodes, so equal hashes mean equal graphs).
 */
public final class GraphHash {
  private GraphHash() {}

  public static String of(Graph graph) {
    List<String> lines = graph.find()
        .mapWith(t -> NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
            + NodeFmtLib.strNT(t.getObject()) + " .\n")
        .toList();
    lines.sort(null);
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String line : lines) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
