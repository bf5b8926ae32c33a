package org.diplograph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.SeedGraph;
import org.diplograph.TestKnowledge;
import org.diplograph.graph.Vocabulary;
import org.diplograph.pipeline.GraphCheck;
import org.junit.jupiter.api.Test;

/** The shapes accept the seed graph and name the node of each kind of violation. */
class ShapeCheckTest {
  private static final Path SHAPES = TestKnowledge.ONTOLOGY.resolve(GraphContract.SHAPES_FILE);
  private static final String SH = "http://www.w3.org/ns/shacl#";

  @Test
  void theSeedGraphMeetsTheContract() {
    for (GraphCheck check : GraphContract.checks(TestKnowledge.ONTOLOGY, TestKnowledge.get().ontology())) {
      List<String> problems = check.check(SeedGraph.get().graph());
      assertTrue(problems.isEmpty(), check.name() + ":\n" + String.join("\n", problems));
    }
  }

  @Test
  void everyDocumentGraphAloneMeetsTheShapesWithTheOntologyJoined() {
    ShapeCheck check = ShapeCheck.load(SHAPES, TestKnowledge.get().ontology());
    SeedGraph.get().documents().forEach((id, graph) ->
        assertEquals(List.of(), check.check(graph), "document " + id));
  }

  @Test
  void eachViolationNamesItsNode() {
    Graph broken = copy(SeedGraph.get().graph());
    Node mention = anyMention(broken);
    replace(broken, mention, "confidence", NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdecimal));
    replace(broken, mention, "modality", Vocabulary.dg("maybe"));
    broken.remove(mention, Vocabulary.DERIVED_FROM, Node.ANY);
    Node russia = Vocabulary.entity("Russia");
    broken.add(Triple.create(russia, Vocabulary.LABEL, NodeFactory.createLiteralString("Russian Federation")));
    Node lavrov = Vocabulary.entity("Sergey_Lavrov");
    Node wang = Vocabulary.entity("Wang_Yi");
    broken.add(Triple.create(lavrov, Vocabulary.dg("foreignMinisterOf"), wang)); // range is dg:State
    Node china = Vocabulary.entity("China");
    broken.add(Triple.create(china, Vocabulary.dg("leaderOf"), russia)); // domain is dg:Person

    List<String> problems = ShapeCheck.load(SHAPES, TestKnowledge.get().ontology()).check(broken);
    String m = ShapeCheck.format(mention);
    assertHas(problems, m + " dg:confidence", "from 0 to 1");
    assertHas(problems, m + " dg:modality", "dg:asserted");
    assertHas(problems, m + " prov:wasDerivedFrom", "provenance");
    assertHas(problems, "id:Russia rdfs:label", "exactly one rdfs:label");
    assertHas(problems, "id:Sergey_Lavrov dg:foreignMinisterOf", "must be a dg:State");
    assertHas(problems, "id:China", "only a dg:Person can be the subject of dg:leaderOf");
  }

  @Test
  void aMentionOutsideItsRelationsDomainIsReported() {
    Graph broken = copy(SeedGraph.get().graph());
    Node mention = broken.find(Node.ANY, Vocabulary.PREDICATE, Vocabulary.dg("leaderOf")).next().getSubject();
    replace(broken, mention, Vocabulary.SUBJECT, Vocabulary.entity("China"));
    List<String> problems = ShapeCheck.load(SHAPES, TestKnowledge.get().ontology()).check(broken);
    assertHas(problems, ShapeCheck.format(mention), "is not in the domain");
  }

  @Test
  void everyRelationPropertyHasAShape() {
    Graph shapes = GraphFactory.createDefaultGraph();
    RDFParser.source(SHAPES).parse(shapes);
    Set<String> targeted = new TreeSet<>();
    shapes.find(Node.ANY, NodeFactory.createURI(SH + "targetSubjectsOf"), Node.ANY)
        .forEachRemaining(t -> targeted.add(t.getObject().getLocalName()));
    Set<String> relations = new TreeSet<>(TestKnowledge.get().relations().relations().keySet());
    relations.removeAll(targeted);
    assertTrue(relations.isEmpty(), "ontology/shapes.ttl has no shape for " + relations);
  }

  static void assertHas(List<String> problems, String start, String says) {
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(start) && p.contains(says)),
        "no problem starting '" + start + "' and saying '" + says + "' in:\n" + String.join("\n", problems));
  }

  static Graph copy(Graph graph) {
    Graph copy = GraphFactory.createDefaultGraph();
    graph.find().forEachRemaining(copy::add);
    return copy;
  }

  static Node anyMention(Graph graph) {
    return graph.find(Node.ANY, Vocabulary.TYPE, Vocabulary.dg("RelationMention")).next().getSubject();
  }

  private static void replace(Graph graph, Node subject, String property, Node value) {
    replace(graph, subject, Vocabulary.dg(property), value);
  }

  private static void replace(Graph graph, Node subject, Node property, Node value) {
    List<Triple> old = new ArrayList<>(graph.find(subject, property, Node.ANY).toList());
    old.forEach(graph::delete);
    graph.add(Triple.create(subject, property, value));
  }
}
