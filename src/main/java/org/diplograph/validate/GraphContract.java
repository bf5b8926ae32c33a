package org.diplograph.validate;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.diplograph.pipeline.GraphCheck;

/** The checks every build's graph must pass: the safe RDF profile, then the SHACL shapes. */
public final class GraphContract {
  public static final String SHAPES_FILE = "shapes.ttl";

  private GraphContract() {}

  /** The checks for graphs of the ontology folder {@code ontologyDir} (its shapes.ttl). */
  public static List<GraphCheck> checks(Path ontologyDir, Graph ontology) {
    return List.of(new SafeProfileCheck(), ShapeCheck.load(ontologyDir.resolve(SHAPES_FILE), ontology));
  }
}
