package org.diplograph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.graph.Vocabulary;
import org.junit.jupiter.api.Test;

/** What graph tools choke on is caught, one problem per offending node. */
class SafeProfileCheckTest {
  private static final Node S = Vocabulary.entity("Russia");
  private static final Node P = Vocabulary.dg("note");

  @Test
  void aPlainGraphPasses() {
    Graph g = GraphFactory.createDefaultGraph();
    g.add(Triple.create(S, Vocabulary.LABEL, NodeFactory.createLiteralString("Russia")));
    g.add(Triple.create(S, P, NodeFactory.createLiteralLang("Russie", "fr")));
    g.add(Triple.create(S, P, NodeFactory.createLiteralDT("2024-05", XSDDatatype.XSDgYearMonth)));
    assertEquals(List.of(), new SafeProfileCheck().check(g));
  }

  @Test
  void blankNodesRdfStarBadIrisAndBadLiteralsAreReported() {
    Graph g = GraphFactory.createDefaultGraph();
    g.add(Triple.create(S, P, NodeFactory.createBlankNode("b1")));
    g.add(Triple.create(S, P, NodeFactory.createTripleTerm(S, P, S)));
    g.add(Triple.create(NodeFactory.createURI("https://w3id.org/diplograph/id/New York"), P, S));
    g.add(Triple.create(S, P, NodeFactory.createLiteralDT("twelve", XSDDatatype.XSDinteger)));
    g.add(Triple.create(S, P, NodeFactory.createLiteralDT("2024-13-01", XSDDatatype.XSDdate)));
    g.add(Triple.create(S, P, NodeFactory.createLiteralDT("no tag", RDF.dtLangString)));
    g.add(Triple.create(S, P, NodeFactory.createLiteralString("a bell \u0007 in a sentence")));
    List<String> problems = new SafeProfileCheck().check(g);
    String all = String.join("\n", problems);
    assertEquals(7, problems.size(), all);
    assertTrue(all.contains("control character that XML 1.0 forbids"), all);
    assertTrue(all.contains("blank node"), all);
    assertTrue(all.contains("RDF-star"), all);
    assertTrue(all.contains("<https://w3id.org/diplograph/id/New York> contains a space"), all);
    assertTrue(all.contains("\"twelve\"^^xsd:integer is not a valid xsd:integer"), all);
    assertTrue(all.contains("is not a valid xsd:date"), all);
    assertTrue(all.contains("rdf:langString without a language tag"), all);
    assertTrue(problems.stream().allMatch(p -> p.contains("id:Russia") || p.contains("New York")), all);
  }
}
