package org.diplograph.export;

import java.util.List;

/**
 * The actor graph: actors as nodes, relations as edges carrying their evidence. What the CSV,
 * GraphML and DOT exports draw, read from the RDF graph by {@link ActorGraphReader}.
 */
public record ActorGraph(List<ActorNode> nodes, List<RelationEdge> edges) {
  public ActorGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }
}
