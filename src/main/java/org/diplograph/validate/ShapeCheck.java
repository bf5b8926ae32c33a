package org.diplograph.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.graph.Vocabulary;
import org.diplograph.pipeline.GraphCheck;

/**
 * Validates a graph against the SHACL shapes ({@code ontology/shapes.ttl}). The ontology is
 * joined to the graph (as a read-only union, not a copy) because {@code sh:targetClass dg:Actor}
 * reaches {@code dg:Person} and the other subclasses only through the ontology's
 * {@code rdfs:subClassOf} triples: without it a graph missing the ontology would pass unchecked.
 */
public final class ShapeCheck implements GraphCheck {
  private static final PrefixMap PREFIXES = PrefixMapFactory.create(Vocabulary.prefixes());
  private static final Prologue PROLOGUE =
      new Prologue(PrefixMapping.Factory.create().setNsPrefixes(Vocabulary.prefixes()));

  private final Shapes shapes;
  private final Graph ontology;
  private final String name;

  public ShapeCheck(Shapes shapes, Graph ontology, String name) {
    this.shapes = shapes;
    this.ontology = ontology;
    this.name = name;
  }

  /** The shapes in {@code shapesFile}, checked against graphs joined with {@code ontology}. */
  public static ShapeCheck load(Path shapesFile, Graph ontology) {
    if (!Files.isRegularFile(shapesFile)) {
      throw new IllegalArgumentException("SHACL shapes not found: " + shapesFile);
    }
    Graph graph = GraphFactory.createDefaultGraph();
    try {
      RDFParser.source(shapesFile).parse(graph);
      return new ShapeCheck(Shapes.parse(graph), ontology, "SHACL shapes (" + shapesFile + ")");
    } catch (RiotException | org.apache.jena.shacl.parser.ShaclParseException e) {
      throw new IllegalArgumentException(shapesFile + ": not valid SHACL: " + e.getMessage(), e);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> check(Graph graph) {
    return describe(validate(graph));
  }

  /** The full SHACL report, for tools that want it as RDF. */
  public ValidationReport validate(Graph graph) {
    Graph data = ontology == null || ontology == graph ? graph : new Union(graph, ontology);
    return ShaclValidator.get().validate(shapes, data);
  }

  /** One line per result, naming the focus node first: {@code <node> path: message [value]}. */
  public static List<String> describe(ValidationReport report) {
    List<String> lines = new ArrayList<>();
    for (ReportEntry e : report.getEntries()) {
      StringBuilder line = new StringBuilder(format(e.focusNode()));
      if (e.resultPath() != null) {
        line.append(' ').append(e.resultPath().toString(PROLOGUE));
      }
      line.append(": ").append(e.message());
      if (e.value() != null && !e.message().contains(format(e.value()))) {
        line.append(" [value ").append(format(e.value())).append(']');
      }
      lines.add(line.toString());
    }
    lines.sort(null);
    return lines;
  }

  static String format(Node node) {
    return NodeFmtLib.str(node, PREFIXES);
  }
}
