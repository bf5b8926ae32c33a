package org.diplograph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;

/**
 * Terms as TDB2 gives them back. TDB2 stores numbers, dates and booleans by value inside the
 * node id, so {@code "0.90"^^xsd:decimal} comes back as {@code "0.9"^^xsd:decimal}: the same value,
 * another RDF term. Comparing an export with a store is only meaningful in this stored form.
 */
public final class TdbTerms {
  private TdbTerms() {}

  public static Node asStored(Node node) {
    NodeId id = NodeIdInline.inline(node);
    return id == null ? node : NodeIdInline.extract(id);
  }

  public static Triple asStored(Triple t) {
    return Triple.create(asStored(t.getSubject()), t.getPredicate(), asStored(t.getObject()));
  }

  /** A copy of {@code graph} with every term in its stored form. */
  public static Graph asStored(Graph graph) {
    Graph copy = GraphFactory.createDefaultGraph();
    graph.find().forEachRemaining(t -> copy.add(asStored(t)));
    return copy;
  }
}
