package org.diplograph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * Writes named graphs as TriG in a fixed order (graphs by name, then triples as
 * {@link SortedTurtleWriter} orders them): one block per document plus the ontology's.
 */
public final class SortedTrigWriter {
  private final SortedTurtleWriter turtle;

  public SortedTrigWriter(Map<String, String> prefixes) {
    this.turtle = new SortedTurtleWriter(prefixes);
  }

  /** Writes each graph under its name; the map's iteration order is the file's order. */
  public void write(Map<String, Graph> namedGraphs, OutputStream stream) {
    try {
      Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
      turtle.writePrefixes(out);
      for (var entry : namedGraphs.entrySet()) {
        out.write("\n" + NodeFmtLib.str(NodeFactory.createURI(entry.getKey()), turtle.prefixMap()) + " {");
        turtle.writeTriples(entry.getValue(), out, "    ");
        out.write("}\n");
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
