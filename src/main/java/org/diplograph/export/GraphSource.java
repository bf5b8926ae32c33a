package org.diplograph.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * What an export reads: the merged graph (everything, once) and the named graphs (one per document
 * plus the ontology's) that TriG and N-Quads keep apart. A build hands over the graphs it holds;
 * {@link #load} reads a file. Either way the views share the triples: nothing is copied.
 */
public record GraphSource(Graph merged, Map<String, Graph> namedGraphs) {
  public GraphSource {
    namedGraphs = java.util.Collections.unmodifiableMap(new TreeMap<>(namedGraphs));
  }

  /**
   * Reads any RDF file Jena knows by its extension (.trig, .nq, .ttl, .nt, .jsonld, .rdf). Named
   * graphs stay named; the merged graph is their union (Jena's union view drops the triples two
   * documents share) plus the default graph.
   */
  public static GraphSource load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("graph file not found: " + file + " (run 'diplograph build' first)");
    }
    DatasetGraph dataset = DatasetGraphFactory.create();
    try {
      RDFParser.source(file).parse(dataset);
    } catch (RiotException e) {
      throw new IllegalArgumentException(file + ": not valid RDF: " + e.getMessage(), e);
    }
    Map<String, Graph> named = new TreeMap<>();
    for (Iterator<Node> it = dataset.listGraphNodes(); it.hasNext(); ) {
      Node name = it.next();
      named.put(name.getURI(), dataset.getGraph(name));
    }
    Graph merged;
    if (named.isEmpty()) {
      merged = dataset.getDefaultGraph();
    } else if (dataset.getDefaultGraph().isEmpty()) {
      merged = dataset.getUnionGraph();
    } else {
      merged = new Union(dataset.getDefaultGraph(), dataset.getUnionGraph());
    }
    return new GraphSource(merged, named);
  }
}
