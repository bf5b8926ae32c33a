package org.diplograph.pipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.graph.DocumentGraphBuilder;
import org.diplograph.graph.EntityCatalog;
import org.diplograph.events.EventGraph;

/**
 * Every document's graph, built from all extractions of the build (entity descriptions are
 * shared across documents, so a graph is never taken from an earlier run), the corpus-level events
 * graph (mentions merged across documents, recomputed from all of them every time, so an incremental
 * build gives what a build from scratch gives), and the merged graph: ontology, documents, events. Also counts sentences, tokens and relation mentions.
 */
record GraphAssembly(Map<String, Graph> documents, Graph events, Graph merged, int sentences, int tokens, long mentions,
    long asserted) {

  static GraphAssembly of(Knowledge knowledge, List<DocumentExtraction> extractions, double minConfidence) {
    EntityCatalog catalog = new EntityCatalog(knowledge.gazetteer());
    extractions.forEach(e -> catalog.observe(e.resolved().entities()));
    DocumentGraphBuilder builder = new DocumentGraphBuilder(catalog, minConfidence);
    Map<String, Graph> documents = new TreeMap<>();
    Graph merged = GraphFactory.createDefaultGraph();
    knowledge.ontology().find().forEach(merged::add);
    long mentions = 0;
    long asserted = 0;
    int sentences = 0;
    int tokens = 0;
    for (DocumentExtraction e : extractions) {
      Graph graph = GraphFactory.createDefaultGraph();
      builder.build(e.article(), e.resolved(), e.extraction(), StreamRDFLib.graph(graph));
      documents.put(e.article().id(), graph);
      graph.find().forEach(merged::add);
      mentions += e.relations().size();
      asserted += e.relations().stream().filter(r -> r.isAsserted() && r.confidence() >= minConfidence).count();
      sentences += e.resolved().sentences().size();
      tokens += e.resolved().document().tokenCount();
    }
    Graph events = new EventGraph(knowledge.merging(), EventGraph.mutualTypes(knowledge.ontology())).graph(merged);
    events.find().forEach(merged::add);
    return new GraphAssembly(documents, events, merged, sentences, tokens, mentions, asserted);
  }
}
