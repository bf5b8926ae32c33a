package org.diplograph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.SeedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {
  @TempDir
  Path dir;

  @Test
  void scoresPrecisionOverEventsRecallOverRequiredRowsAndCountsForbiddenOnes() throws IOException {
    Path entities = Files.writeString(dir.resolve("entities.tsv"), """
        # label\ttype\taliases\twikidata
        Russia\tCountry\tRussia|Moscow\tQ159
        China\tCountry\tChina|Beijing\tQ148
        Xi Jinping\tPerson\tXi Jinping|Xi\tQ15031
        Vladimir Putin\tPerson\tVladimir Putin|Putin\tQ7747
        """);
    Path gold = Files.writeString(dir.resolve("gold.tsv"), """
        doc\tsubject\trelation\tobject\tstatus\tevidence
        d\tChina\tcooperatesWith\tRussia\trequired\tx
        d\tXi Jinping\tleaderOf\tChina\trequired\tx
        d\tVladimir Putin\tmetWith\tXi Jinping\trequired\tx
        d\tRussia\tsupports\tChina\toptional\tx
        d\tChina\tattacked\tRussia\tforbidden\tx
        d\tVladimir Putin\t*\t*\tforbidden\tx
        """);
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString("""
        @prefix dg: <https://w3id.org/diplograph/ontology#> .
        @prefix id: <https://w3id.org/diplograph/id/> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        dg:cooperatesWith rdfs:subPropertyOf dg:eventRelation . dg:eventRelation rdfs:subPropertyOf dg:relatedTo .
        dg:attacked rdfs:subPropertyOf dg:eventRelation . dg:supports rdfs:subPropertyOf dg:eventRelation .
        dg:leaderOf rdfs:subPropertyOf dg:roleRelation . dg:roleRelation rdfs:subPropertyOf dg:relatedTo .
        id:R rdfs:label "Russia" . id:C rdfs:label "China" ; skos:altLabel "Beijing" .
        id:X rdfs:label "Xi" . id:P rdfs:label "V. Putin" ; skos:altLabel "Putin" . id:T rdfs:label "Taiwan" .
        id:R dg:cooperatesWith id:C . id:C dg:cooperatesWith id:R .
        id:C dg:attacked id:R . id:C dg:attacked id:T . id:P dg:supports id:C .
        """, Lang.TURTLE).parse(g);
    Evaluation e = new Evaluator().evaluate(g, GoldStandard.load(gold, entities));
    // events: cooperatesWith (one symmetric pair), attacked x2, supports = 4; correct: cooperatesWith only
    assertEquals(4, e.assertedEvents());
    assertEquals(1, e.correctEvents());
    assertEquals(3, e.required());
    assertEquals(1, e.found());
    assertEquals(2, e.misses().size());
    assertEquals(2, e.violations().size(), e.violations().toString()); // China attacked Russia, Putin supports
    assertTrue(e.wrongEvents().contains("China | attacked | <T>"));
  }

  @Test
  void theSeedGraphMeetsTheQualityBar() {
    GoldStandard gold = GoldStandard.load(Path.of("src/test/resources/gold/seed-gold.tsv"),
        Path.of("src/test/resources/gold/entities.tsv"));
    Evaluation e = new Evaluator().evaluate(SeedGraph.get().graph(), gold);
    assertTrue(e.precision() >= 0.85, "precision " + e.precision() + " wrong: " + e.wrongEvents());
    assertTrue(e.recall() >= 0.80, "recall " + e.recall() + " misses: " + e.misses());
    assertTrue(e.violations().isEmpty(), e.violations().toString());
  }
}
