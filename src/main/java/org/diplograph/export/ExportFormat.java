package org.diplograph.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What {@code diplograph export} can write, each to a fixed file name in the export folder. */
public enum ExportFormat {
  TTL("ttl", "graph.ttl", "Turtle, sorted, @prefix directives, no blank nodes"),
  NT("nt", "graph.nt", "N-Triples, streamed"),
  TRIG("trig", "graph.trig", "TriG: one named graph per document plus the ontology's, sorted"),
  NQ("nq", "graph.nq", "N-Quads: one named graph per document plus the ontology's, streamed"),
  JSONLD("jsonld", "graph.jsonld", "JSON-LD compacted with ontology/context.jsonld"),
  RDFXML("rdf", "graph.rdf", "RDF/XML for OWL tools such as Protégé"),
  CSV("csv", "csv", "property-graph CSV: csv/neo4j/ for neo4j-admin import, csv/age/ for Apache AGE"),
  GRAPHML("graphml", "graph.graphml", "GraphML actor graph for Gephi and yEd"),
  DOT("dot", "graph.dot", "Graphviz DOT picture of the actor graph"),
  SVG("svg", "graph.svg", "the picture rendered by Graphviz (needs dot)"),
  PNG("png", "graph.png", "the picture rendered by Graphviz (needs dot)");

  private final String key;
  private final String fileName;
  private final String description;

  ExportFormat(String key, String fileName, String description) {
    this.key = key;
    this.fileName = fileName;
    this.description = description;
  }

  public String key() {
    return key;
  }

  /** The file (or, for CSV, the folder) written in the export folder. */
  public String fileName() {
    return fileName;
  }

  public String description() {
    return description;
  }

  /** RDF serializations: always the complete graph, never filtered. */
  public boolean isRdf() {
    return ordinal() <= RDFXML.ordinal();
  }

  /** Formats drawn from the actor graph, which the filters shape. */
  public boolean isActorGraph() {
    return !isRdf();
  }

  /** Pictures Graphviz renders from the DOT text. */
  public boolean isRendered() {
    return this == SVG || this == PNG;
  }

  /** Comma-separated keys ("ttl,graphml,svg"), or "all"; in the enum's order, without repeats. */
  public static Set<ExportFormat> parseList(String text) {
    Set<ExportFormat> formats = EnumSet.noneOf(ExportFormat.class);
    List<String> unknown = new ArrayList<>();
    for (String part : text.split(",")) {
      String key = part.strip().toLowerCase(Locale.ROOT);
      if (key.isEmpty()) {
        continue;
      }
      if (key.equals("all")) {
        formats.addAll(EnumSet.allOf(ExportFormat.class));
        continue;
      }
      Arrays.stream(values()).filter(f -> f.key.equals(key) || (key.equals("json-ld") && f == JSONLD)
          || (key.equals("rdfxml") && f == RDFXML) || (key.equals("turtle") && f == TTL))
          .findFirst().ifPresentOrElse(formats::add, () -> unknown.add(part.strip()));
    }
    if (unknown.isEmpty() && formats.isEmpty()) {
      throw new IllegalArgumentException("no export format given; choose from " + keys() + " or all");
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown export format" + (unknown.size() == 1 ? " " : "s ")
          + String.join(", ", unknown) + "; choose from " + keys() + " or all");
    }
    return formats;
  }

  public static String keys() {
    return Arrays.stream(values()).map(ExportFormat::key).collect(Collectors.joining(" "));
  }
}
