package org.diplograph.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.SeedGraph;
import org.diplograph.TestKnowledge;
import org.diplograph.graph.Vocabulary;
import org.diplograph.validate.GraphContract;
import org.diplograph.validate.ShapeCheck;
import org.junit.jupiter.api.Test;

/** The shapes cover events: the seed's events pass, and each kind of broken event is named. */
class EventShapesTest {
  private static ShapeCheck shapes() {
    return ShapeCheck.load(TestKnowledge.ONTOLOGY.resolve(GraphContract.SHAPES_FILE), TestKnowledge.get().ontology());
  }

  @Test
  void theSeedEventsGraphWithTheDocumentsMeetsTheShapes() {
    assertTrue(SeedGraph.get().events().size() > 0);
    assertEquals(List.of(), shapes().check(SeedGraph.get().graph()));
  }

  @Test
  void brokenEventsAreCaught() {
    Graph broken = GraphFactory.createDefaultGraph();
    SeedGraph.get().graph().find().forEach(broken::add);
    Node event = broken.find(Node.ANY, Vocabulary.TYPE, Vocabulary.dg("Event")).next().getSubject();
    broken.remove(event, Vocabulary.dg("documentCount"), Node.ANY);
    broken.add(Triple.create(event, Vocabulary.dg("eventType"), Vocabulary.dg("Befriend")));
    broken.add(Triple.create(event, Vocabulary.dg("confidence"), NodeFactory.createLiteralDT("2", XSDDatatype.XSDdecimal)));
    Node orphan = NodeFactory.createURI(Vocabulary.EVENT + "Consult/undated/Nobody");
    broken.add(Triple.create(orphan, Vocabulary.TYPE, Vocabulary.dg("Event")));
    Node mention = broken.find(Node.ANY, Vocabulary.dg("mentionOf"), Node.ANY).next().getSubject();
    broken.add(Triple.create(mention, Vocabulary.dg("mentionOf"), orphan));
    List<String> problems = shapes().check(broken);
    String all = String.join("\n", problems);
    assertTrue(all.contains("documentCount"), all);
    assertTrue(all.contains("sixteen PLOVER classes"), all);
    assertTrue(all.contains("confidence"), all);
    Node lonely = NodeFactory.createURI(Vocabulary.EVENT + "Consult/undated/Nobody_Else");
    Graph again = GraphFactory.createDefaultGraph();
    SeedGraph.get().graph().find().forEach(again::add);
    again.add(Triple.create(lonely, Vocabulary.TYPE, Vocabulary.dg("Event")));
    assertTrue(String.join("\n", shapes().check(again)).contains("at least one mention"));
    assertTrue(all.contains("one merged event at most"), all);
  }
}
