package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.graph.Vocabulary;
import org.junit.jupiter.api.Test;

/** Replicas rename documents, mentions and events, deterministically; actors and the ontology are shared. */
class ReplicasTest {
  private static final Node DOC = NodeFactory.createURI(Vocabulary.DOC + "001");
  private static final Node MENTION = NodeFactory.createURI(Vocabulary.MENTION + "001-1");
  private static final Node PUTIN = NodeFactory.createURI(Vocabulary.ID + "Vladimir_Putin");

  @Test
  void copiesRenameTheDocumentsIrisAndItsIdentifier() {
    List<Quad> out = new ArrayList<>();
    new Replicas(3).forEach(Quad.create(DOC, MENTION, NodeFactory.createURI(Vocabulary.RDF + "subject"), PUTIN),
        out::add);
    assertEquals(3, out.size());
    assertEquals(Vocabulary.DOC + "001-r2", out.get(2).getGraph().getURI());
    assertEquals(Vocabulary.MENTION + "001-1-r2", out.get(2).getSubject().getURI());
    assertEquals(PUTIN, out.get(2).getObject());

    out.clear();
    new Replicas(2).forEach(Quad.create(DOC, DOC, NodeFactory.createURI(Vocabulary.DCTERMS + "identifier"),
        NodeFactory.createLiteralString("001")), out::add);
    assertEquals("001-r1", out.get(1).getObject().getLiteralLexicalForm());
  }

  @Test
  void sharedTriplesAreNotCopied() {
    List<Quad> out = new ArrayList<>();
    Node ontology = NodeFactory.createURI(Vocabulary.ONTOLOGY_GRAPH);
    new Replicas(5).forEach(Quad.create(ontology, PUTIN, NodeFactory.createURI(Vocabulary.RDFS + "label"),
        NodeFactory.createLiteralString("Vladimir Putin")), out::add);
    assertEquals(1, out.size());
  }
}
