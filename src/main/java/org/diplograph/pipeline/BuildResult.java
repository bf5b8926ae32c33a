package org.diplograph.pipeline;

import java.util.Map;
import org.apache.jena.graph.Graph;

/**
 * A finished build: its report, the merged graph (ontology plus every document) and each
 * document's own graph by document id.
 */
public record BuildResult(BuildReport report, Graph graph, Map<String, Graph> documents) {}
