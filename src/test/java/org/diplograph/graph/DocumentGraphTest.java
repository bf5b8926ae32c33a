package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.diplograph.SeedGraph;
import org.junit.jupiter.api.Test;

/** The shape of the seed graph: evidence on every mention, direct triples only for assertions. */
class DocumentGraphTest {
  private static final String PREFIXES = """
      PREFIX dg: <https://w3id.org/diplograph/ontology#>
      PREFIX id: <https://w3id.org/diplograph/id/>
      PREFIX doc: <https://w3id.org/diplograph/doc/>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      """;

  private static boolean ask(String where) {
    Graph g = SeedGraph.get().graph();
    try (QueryExecution q = QueryExecution.model(ModelFactory.createModelForGraph(g))
        .query(PREFIXES + "ASK { " + where + " }").build()) {
      return q.execAsk();
    }
  }

  @Test
  void noBlankNodes() {
    for (Triple t : SeedGraph.get().graph().find().toList()) {
      assertFalse(t.getSubject().isBlank() || t.getObject().isBlank(), t.toString());
    }
  }

  @Test
  void everyMentionCarriesItsEvidence() {
    assertFalse(ask("""
        ?m a dg:RelationMention .
        FILTER NOT EXISTS { ?m rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?d ;
          dg:sentence ?t ; dg:beginIndex ?b ; dg:endIndex ?e ; dg:confidence ?c ; dg:modality ?mod ; dg:rule ?r }"""));
    assertFalse(ask("?m dg:confidence ?c FILTER (?c < 0 || ?c > 1)"));
  }

  @Test
  void onlyAssertedMentionsGiveDirectTriples() {
    // "He stated, 'China welcomes positive efforts made by Russia'": recorded as reported, no triple
    assertTrue(ask("?m rdf:subject id:China ; rdf:predicate dg:praised ; rdf:object id:Russia ; dg:modality dg:reported"));
    assertFalse(ask("id:China dg:praised id:Russia"));
    // Putin's "desire to meet with Trump" is no meeting
    assertFalse(ask("id:Vladimir_Putin dg:metWith id:Donald_Trump"));
    assertFalse(ask("id:Donald_Trump dg:metWith id:Vladimir_Putin"));
    assertTrue(ask("id:Russia dg:reassured id:China"));
  }

  @Test
  void roleMentionsSayOnWhichDayTheTextGivesTheRole() {
    // "leader of, according to an article of <date>": every role mention of a dated article carries its date
    assertTrue(ask("?m rdf:predicate dg:leaderOf ; dg:roleAsOf ?day ; prov:wasDerivedFrom ?d . ?d dcterms:date ?day"));
    assertFalse(ask("""
        ?m rdf:predicate ?p ; prov:wasDerivedFrom ?d . ?p rdfs:subPropertyOf dg:roleRelation . ?d dcterms:date ?day
        FILTER NOT EXISTS { ?m dg:roleAsOf ?day }"""));
  }

  @Test
  void altLabelsAreNamesAsWrittenNeverLowerCasedNoise() {
    assertFalse(ask("?e skos:altLabel ?l FILTER (REGEX(?l, \"^[a-z]\"))"));
  }

  @Test
  void symmetricRelationsHoldBothWays() {
    assertTrue(ask("id:Sergey_Lavrov dg:metWith id:Wang_Yi . id:Wang_Yi dg:metWith id:Sergey_Lavrov"));
  }

  @Test
  void offsetsPointAtTheEvidenceInTheFile() throws IOException {
    Graph g = SeedGraph.get().graph();
    Node begin = Vocabulary.dg("beginIndex");
    int checked = 0;
    for (Triple t : g.find(Node.ANY, Vocabulary.dg("trigger"), Node.ANY).toList()) {
      Node m = t.getSubject();
      String docId = g.find(m, Vocabulary.DERIVED_FROM, Node.ANY).next().getObject().getURI().substring(Vocabulary.DOC.length());
      String text = Files.readString(Path.of("corpus", docId + ".txt"));
      int b = ((Number) g.find(m, begin, Node.ANY).next().getObject().getLiteralValue()).intValue();
      int e = ((Number) g.find(m, Vocabulary.dg("endIndex"), Node.ANY).next().getObject().getLiteralValue()).intValue();
      String span = new String(text.codePoints().skip(b).limit(e - b).toArray(), 0, e - b);
      assertTrue(span.contains(t.getObject().getLiteralLexicalForm()), span + " lacks " + t.getObject());
      checked++;
    }
    assertTrue(checked > 30, "mentions checked: " + checked);
  }

  @Test
  void whoMetWhomWhereAndWhenIsOneQuery() {
    assertTrue(ask("?m rdf:subject id:Xi_Jinping ; rdf:predicate dg:metWith ; rdf:object id:Vladimir_Putin ; "
        + "dg:eventPlace id:Beijing ; dg:eventDate \"2024-05\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>"));
    assertTrue(ask("?m rdf:subject id:Sergey_Lavrov ; rdf:predicate dg:metWith ; rdf:object id:Wang_Yi ; "
        + "dg:eventPlace id:South_Africa"));
    // "Earlier this week" in an article of Friday 2025-02-21: the week of Monday 17 February
    assertTrue(ask("?m rdf:predicate dg:metWith ; prov:wasDerivedFrom doc:000_ef2881d829f6ae15 ; "
        + "dg:eventDateEarliest \"2025-02-17\"^^<http://www.w3.org/2001/XMLSchema#date> ; "
        + "dg:eventDateText \"Earlier this week\""));
  }

  @Test
  void actorsHaveOneLabelTheirNamesAndWikidata() {
    assertFalse(ask("?a rdfs:label ?x , ?y FILTER (?x != ?y)"));
    assertTrue(ask("id:Xi_Jinping rdfs:label \"Xi Jinping\" ; skos:altLabel \"President Xi\" , \"Chinese leader Xi Jinping\" ; "
        + "<http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q15031>"));
    assertTrue(ask("id:Russia skos:altLabel \"Kremlin\" , \"Moscow\""));
    assertTrue(ask("id:Ukraine skos:altLabel \"Kyiv\""));
    assertTrue(ask("id:United_States skos:altLabel \"Washington\" , \"White House\""));
  }

  @Test
  void documentsCarryIdTitleDateAndHash() {
    assertTrue(ask("doc:002_747ceb02c3880bad dcterms:identifier \"002_747ceb02c3880bad\" ; "
        + "dcterms:title \"China Sees US-Russia Rapprochement as Bilateral Affair\" ; "
        + "dcterms:date \"2024-11-08\"^^<http://www.w3.org/2001/XMLSchema#date> ; dg:contentHash ?h"));
    assertEquals(5, SeedGraph.get().documents().size());
  }

  @Test
  void boilerplateGivesNoRelation() {
    for (String id : List.of("Kamala_Harris", "Joe_Biden", "Germany", "State_Bank_of_India")) {
      assertFalse(ask("{ id:" + id + " ?p ?o . ?p rdfs:subPropertyOf* dg:relatedTo } UNION "
          + "{ ?s ?p id:" + id + " . ?p rdfs:subPropertyOf* dg:relatedTo }"), id);
    }
  }
}
