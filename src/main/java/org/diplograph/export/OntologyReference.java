package org.diplograph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.diplograph.graph.Vocabulary;

/**
 * The ontology's reference page ({@code ontology/REFERENCE.md}), generated from the ontology's own
 * triples so it cannot drift: classes, relations with their PLOVER and CAMEO alignment, modalities,
 * and the other properties, each with its label and comment. Sorted by name; same ontology, same page.
 */
public final class OntologyReference {
  private static final String OWL = Vocabulary.OWL;
  private static final Node COMMENT = uri(Vocabulary.RDFS + "comment");
  private static final Node SUB_CLASS = uri(Vocabulary.RDFS + "subClassOf");
  private static final Node SUB_PROPERTY = uri(Vocabulary.RDFS + "subPropertyOf");
  private static final Node DOMAIN = uri(Vocabulary.RDFS + "domain");
  private static final Node RANGE = uri(Vocabulary.RDFS + "range");

  private final Graph ontology;
  private final PrefixMap prefixes = PrefixMapFactory.create(Vocabulary.prefixes());

  public OntologyReference(Graph ontology) {
    this.ontology = ontology;
  }

  public String markdown() {
    Node root = uri(Vocabulary.ONTOLOGY_GRAPH);
    StringBuilder md = new StringBuilder("# Diplograph ontology reference\n\n");
    md.append("Generated from [`diplograph.ttl`](diplograph.ttl) by `./diplograph reference`: do not edit by hand"
        + " (a test fails when this page is out of date). The contract every graph must meet is"
        + " [`shapes.ttl`](shapes.ttl) (SHACL); the JSON-LD terms are in [`context.jsonld`](context.jsonld).\n\n");
    md.append(text(root, COMMENT)).append("\n\n");
    md.append("| | |\n|---|---|\n");
    md.append("| namespace | `").append(Vocabulary.DG).append("` (prefix `dg:`) |\n");
    md.append("| version | ").append(text(root, uri(OWL + "versionInfo"))).append(" |\n");
    md.append("| license | ").append(objects(root, uri(Vocabulary.DCTERMS + "license")).stream()
        .map(n -> "<" + n.getURI() + ">").collect(Collectors.joining(", "))).append(" |\n\n");
    classes(md);
    relations(md);
    plover(md);
    modalities(md);
    properties(md, "Other object properties", OWL + "ObjectProperty", true);
    properties(md, "Datatype properties", OWL + "DatatypeProperty", false);
    annotations(md);
    return md.toString();
  }

  private void classes(StringBuilder md) {
    md.append("## Classes\n\n| class | label | subclass of | description |\n|---|---|---|---|\n");
    for (Node c : ours(OWL + "Class")) {
      md.append("| ").append(code(c)).append(" | ").append(text(c, Vocabulary.LABEL)).append(" | ")
          .append(list(objects(c, SUB_CLASS))).append(" | ").append(text(c, COMMENT)).append(" |\n");
    }
    md.append('\n');
  }

  private void relations(StringBuilder md) {
    md.append("## Relations between actors\n\nEvery relation is a subproperty of `dg:eventRelation` (something"
        + " that happens) or `dg:roleRelation` (a standing role of a person), both below `dg:relatedTo`. The"
        + " PLOVER event type and CAMEO codes align them with event-data coding. *Personal* relations are"
        + " carried out in person; *attitudinal* ones are made so by saying them; for those marked *place means"
        + " state*, a place named as the object stands for its state.\n\n");
    md.append("| relation | label | kind | domain → range | PLOVER | CAMEO | notes | description |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    for (Node p : relationProperties()) {
      String kind = objects(p, SUB_PROPERTY).contains(Vocabulary.dg("roleRelation")) ? "role" : "event";
      List<String> notes = new ArrayList<>();
      if (ontology.contains(p, Vocabulary.TYPE, uri(OWL + "SymmetricProperty"))) {
        notes.add("symmetric");
      }
      // Annotation flags the extractors read, in words ("placeMeansState" becomes "place means state").
      for (String flag : List.of("personal", "attitudinal", "placeMeansState")) {
        if (text(p, Vocabulary.dg(flag)).equals("true")) {
          notes.add(flag.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT));
        }
      }
      md.append("| ").append(code(p)).append(" | ").append(text(p, Vocabulary.LABEL)).append(" | ").append(kind)
          .append(" | ").append(list(objects(p, DOMAIN))).append(" → ").append(list(objects(p, RANGE)))
          .append(" | ").append(text(p, Vocabulary.dg("ploverType"))).append(" | ").append(cameo(p))
          .append(" | ").append(String.join(", ", notes)).append(" | ").append(text(p, COMMENT)).append(" |\n");
    }
    md.append('\n');
  }

  private void plover(StringBuilder md) {
    Map<String, List<Node>> byType = new TreeMap<>();
    for (Node p : relationProperties()) {
      String type = text(p, Vocabulary.dg("ploverType"));
      if (!type.isEmpty()) {
        byType.computeIfAbsent(type, k -> new ArrayList<>()).add(p);
      }
    }
    md.append("## PLOVER and CAMEO alignment\n\n| PLOVER type | relations | CAMEO codes |\n|---|---|---|\n");
    byType.forEach((type, props) -> {
      TreeSet<String> codes = new TreeSet<>();
      props.forEach(p -> objects(p, Vocabulary.dg("cameoCode")).forEach(c -> codes.add(c.getLiteralLexicalForm())));
      md.append("| ").append(type).append(" | ").append(list(props)).append(" | ")
          .append(String.join(", ", codes)).append(" |\n");
    });
    md.append('\n');
  }

  private void modalities(StringBuilder md) {
    md.append("## Modalities\n\nThe values of `dg:modality`; the shapes allow these five only.\n\n");
    md.append("| individual | label | description |\n|---|---|---|\n");
    for (Node m : subjects(Vocabulary.dg("Modality"))) {
      md.append("| ").append(code(m)).append(" | ").append(text(m, Vocabulary.LABEL)).append(" | ")
          .append(text(m, COMMENT)).append(" |\n");
    }
    md.append('\n');
  }

  private void properties(StringBuilder md, String title, String type, boolean skipRelations) {
    List<Node> relations = relationProperties();
    md.append("## ").append(title).append("\n\n| property | label | domain | range | functional | description |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (Node p : ours(type)) {
      if (skipRelations && (relations.contains(p) || isRelationRoot(p))) {
        continue;
      }
      boolean functional = ontology.contains(p, Vocabulary.TYPE, uri(OWL + "FunctionalProperty"));
      md.append("| ").append(code(p)).append(" | ").append(text(p, Vocabulary.LABEL)).append(" | ")
          .append(list(objects(p, DOMAIN))).append(" | ").append(list(objects(p, RANGE))).append(" | ")
          .append(functional ? "yes" : "").append(" | ").append(text(p, COMMENT)).append(" |\n");
    }
    md.append('\n');
  }

  private void annotations(StringBuilder md) {
    md.append("## Annotation properties\n\n| property | label | description |\n|---|---|---|\n");
    for (Node p : ours(OWL + "AnnotationProperty")) {
      md.append("| ").append(code(p)).append(" | ").append(text(p, Vocabulary.LABEL)).append(" | ")
          .append(text(p, COMMENT)).append(" |\n");
    }
  }

  /** Subproperties of dg:eventRelation or dg:roleRelation, by name. */
  private List<Node> relationProperties() {
    List<Node> relations = new ArrayList<>();
    for (Node root : List.of(Vocabulary.dg("eventRelation"), Vocabulary.dg("roleRelation"))) {
      ontology.find(Node.ANY, SUB_PROPERTY, root).forEachRemaining(t -> relations.add(t.getSubject()));
    }
    relations.sort(Comparator.comparing(Node::getURI));
    return relations;
  }

  private static boolean isRelationRoot(Node p) {
    return List.of("relatedTo", "eventRelation", "roleRelation").contains(p.getLocalName());
  }

  private List<Node> ours(String type) {
    return subjects(uri(type)).stream().filter(n -> n.isURI() && n.getURI().startsWith(Vocabulary.DG)).toList();
  }

  private List<Node> subjects(Node type) {
    List<Node> nodes = new ArrayList<>();
    ontology.find(Node.ANY, Vocabulary.TYPE, type).forEachRemaining(t -> nodes.add(t.getSubject()));
    nodes.sort(Comparator.comparing(Node::toString));
    return nodes;
  }

  private List<Node> objects(Node s, Node p) {
    List<Node> nodes = new ArrayList<>();
    ontology.find(s, p, Node.ANY).forEachRemaining(t -> nodes.add(t.getObject()));
    nodes.sort(Comparator.comparing(Node::toString));
    return nodes;
  }

  private String cameo(Node p) {
    return objects(p, Vocabulary.dg("cameoCode")).stream().map(Node::getLiteralLexicalForm).sorted()
        .collect(Collectors.joining(", "));
  }

  private String text(Node s, Node p) {
    return objects(s, p).stream().filter(Node::isLiteral).map(n -> markdownText(n.getLiteralLexicalForm()))
        .findFirst().orElse("");
  }

  /** Table cells: a '|' would end the cell, and '<hex>' would vanish as an HTML tag. */
  private static String markdownText(String text) {
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
  }

  private String list(List<Node> nodes) {
    return nodes.stream().filter(Node::isURI).map(this::code).sorted().collect(Collectors.joining(", "));
  }

  private String code(Node n) {
    String abbreviated = prefixes.abbreviate(n.getURI());
    return "`" + (abbreviated == null ? "<" + n.getURI() + ">" : abbreviated) + "`";
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
