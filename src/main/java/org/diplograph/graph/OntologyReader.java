package org.diplograph.graph;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.extract.EventType;
import org.diplograph.extract.RelationCatalog;
import org.diplograph.extract.RelationSpec;

/**
 * Reads {@code ontology/diplograph.ttl}: the triples (shipped with every graph) and the relation
 * properties the extractors may produce, i.e. the subproperties of {@code dg:eventRelation} and
 * {@code dg:roleRelation}, and the PLOVER event classes (subclasses of {@code dg:Event}).
 */
public final class OntologyReader {
  private static final Node SUB_PROPERTY_OF = NodeFactory.createURI(Vocabulary.RDFS + "subPropertyOf");
  private static final Node SUB_CLASS_OF = NodeFactory.createURI(Vocabulary.RDFS + "subClassOf");
  private static final Node SYMMETRIC = NodeFactory.createURI(Vocabulary.OWL + "SymmetricProperty");
  private static final Node TRUE = NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean);

  private OntologyReader() {}

  /**
   * The ontology's triples. Its blank nodes (the {@code owl:oneOf} list) are numbered in file order
   * rather than given random labels, so that the same ontology always gives the same graph file,
   * byte for byte, and the same graph hash.
   */
  public static Graph read(Path file) {
    Graph graph = GraphFactory.createDefaultGraph();
    try {
      RDFParser.source(file).labelToNode(LabelToNode.createIncremental()).parse(graph);
    } catch (RiotException e) {
      throw new IllegalArgumentException(file + ": not valid Turtle: " + e.getMessage(), e);
    }
    return graph;
  }

  public static RelationCatalog relations(Graph ontology) {
    Map<String, RelationSpec> relations = new HashMap<>();
    for (Triple t : ontology.find(Node.ANY, SUB_PROPERTY_OF, Node.ANY).toList()) {
      Node property = t.getSubject();
      boolean event = isBelow(ontology, property, Vocabulary.dg("eventRelation"), SUB_PROPERTY_OF);
      boolean role = isBelow(ontology, property, Vocabulary.dg("roleRelation"), SUB_PROPERTY_OF);
      if (!property.isURI() || !property.getURI().startsWith(Vocabulary.DG) || (!event && !role)) {
        continue;
      }
      String name = property.getLocalName();
      if (name.equals("eventRelation") || name.equals("roleRelation")) {
        continue;
      }
      boolean symmetric = ontology.contains(property, Vocabulary.TYPE, SYMMETRIC);
      relations.put(name, spec(ontology, property, symmetric, role));
    }
    Map<String, EventType> types = new HashMap<>();
    for (Triple t : ontology.find(Node.ANY, SUB_CLASS_OF, Vocabulary.dg("Event")).toList()) {
      Node type = t.getSubject();
      var plover = ontology.find(type, Vocabulary.dg("ploverType"), Node.ANY).nextOptional();
      if (type.isURI() && type.getURI().startsWith(Vocabulary.DG) && plover.isPresent()) {
        boolean mutual = ontology.contains(type, Vocabulary.dg("mutual"), TRUE);
        types.put(type.getLocalName(), new EventType(type.getLocalName(),
            plover.get().getObject().getLiteralLexicalForm(), spec(ontology, type, mutual, false)));
      }
    }
    return new RelationCatalog(relations, types);
  }

  /** The CAMEO codes ({@code dg:cameoCode}) of a relation or class, by local name. */
  public static java.util.Set<String> cameoCodes(Graph ontology, String name) {
    java.util.Set<String> codes = new java.util.TreeSet<>();
    ontology.find(Vocabulary.dg(name), Vocabulary.dg("cameoCode"), Node.ANY)
        .forEach(t -> codes.add(t.getObject().getLiteralLexicalForm()));
    return codes;
  }

  /** The flags a relation property or an event class carries as annotations. */
  private static RelationSpec spec(Graph ontology, Node node, boolean symmetric, boolean role) {
    String name = node.getLocalName();
    String label = ontology.find(node, Vocabulary.LABEL, Node.ANY).nextOptional()
        .map(x -> x.getObject().getLiteralLexicalForm()).orElse(name);
    boolean attitudinal = ontology.contains(node, Vocabulary.dg("attitudinal"), TRUE);
    boolean personal = ontology.contains(node, Vocabulary.dg("personal"), TRUE);
    boolean placeMeansState = ontology.contains(node, Vocabulary.dg("placeMeansState"), TRUE);
    String eventClass = ontology.find(node, Vocabulary.dg("eventClass"), Node.ANY).nextOptional()
        .map(x -> x.getObject().getLocalName()).orElse(role ? null : name);
    return new RelationSpec(name, label, symmetric, attitudinal, personal, placeMeansState,
        objectTypes(ontology, node), role, eventClass);
  }

  /** The entity types named by dg:objectClass; an organisation class admits every kind of organisation. */
  private static java.util.Set<org.diplograph.resolve.EntityType> objectTypes(Graph ontology, Node property) {
    java.util.Set<org.diplograph.resolve.EntityType> types = java.util.EnumSet.noneOf(org.diplograph.resolve.EntityType.class);
    for (Triple t : ontology.find(property, Vocabulary.dg("objectClass"), Node.ANY).toList()) {
      String name = t.getObject().getLocalName();
      for (org.diplograph.resolve.EntityType type : org.diplograph.resolve.EntityType.values()) {
        if (type.className().equals(name)) {
          types.addAll(type.covered());
        }
      }
    }
    return types;
  }

  private static boolean isBelow(Graph ontology, Node property, Node ancestor, Node link) {
    Node current = property;
    for (int depth = 0; depth < 8; depth++) {
      var parents = ontology.find(current, link, Node.ANY).toList();
      if (parents.isEmpty()) {
        return false;
      }
      for (Triple parent : parents) {
        if (parent.getObject().equals(ancestor)) {
          return true;
        }
      }
      current = parents.get(0).getObject();
    }
    return false;
  }
}
