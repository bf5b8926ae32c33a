package org.diplograph.pipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.graph.DocumentGraphBuilder;
import org.diplograph.graph.EntityCatalog;

/**
 * Every document's graph, built from all extractions of the build (entity descriptions are
 * shared across documents, so a graph is never taken from an earlier run), and the merged graph:
 * ontology plus documents. Also counts sentences, tokens and relation mentions.
 */
record GraphAssembly(Map<String, Graph> documents, Graph merged, int sentences, int tokens, long mentions,
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
    return new GraphAssembly(documents, merged, sentences, tokens, mentions, asserted);
  }
}
