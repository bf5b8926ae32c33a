package org.diplograph.pipeline;

import java.util.List;
import org.apache.jena.graph.Graph;

/**
 * A check every build runs on its merged graph before writing it, such as validation against the
 * SHACL shapes. A build whose graph fails a check writes nothing and throws
 * {@link GraphCheckException}: the previous output stays as it was.
 */
public interface GraphCheck {
  /** A name for messages, e.g. "SHACL shapes (ontology/shapes.ttl)". */
  String name();

  /** Problems found, each naming the offending node; empty when the graph passes. */
  List<String> check(Graph graph);
}
