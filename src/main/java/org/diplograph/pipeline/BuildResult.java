package org.diplograph.pipeline;

import java.util.Map;
import org.apache.jena.graph.Graph;

/**
 * A finished build: its report, the merged graph (ontology, every document, the events), the
 * corpus-level events graph and each document's own graph by document id.
 */
public record BuildResult(BuildReport report, Graph graph, Graph events, Map<String, Graph> documents) {}
