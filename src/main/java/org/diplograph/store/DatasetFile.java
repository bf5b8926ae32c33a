package org.diplograph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Reads an exported dataset (TriG or N-Quads) as its named graphs, in IRI order. */
public final class DatasetFile {
  private DatasetFile() {}

  /**
   * The named graphs of {@code file}. Triples outside any named graph are refused: a store keeps
   * every document in its own graph, so a triple with no graph has no document to belong to
   * (and under the union default graph it would be invisible to queries).
   */
  public static Map<String, Graph> namedGraphs(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("dataset file not found: " + file + " (run 'diplograph build' first)");
    }
    DatasetGraph dataset = DatasetGraphFactory.create();
    try {
      RDFParser.source(file).parse(dataset);
    } catch (RiotException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (!dataset.getDefaultGraph().isEmpty()) {
      throw new IllegalArgumentException(file + " has " + dataset.getDefaultGraph().size()
          + " triples outside any named graph; give the TriG or N-Quads export (output/graph.trig)");
    }
    Map<String, Graph> graphs = new TreeMap<>();
    for (var it = dataset.listGraphNodes(); it.hasNext();) {
      Node name = it.next();
      if (!name.isURI()) {
        throw new IllegalArgumentException(file + " has a graph named by a blank node; graphs must be named by IRIs");
      }
      graphs.put(name.getURI(), dataset.getGraph(name));
    }
    if (graphs.isEmpty()) {
      throw new IllegalArgumentException(file + " holds no named graphs");
    }
    return graphs;
  }
}
