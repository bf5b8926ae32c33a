package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.diplograph.TestKnowledge;
import org.diplograph.graph.Vocabulary;
import org.diplograph.io.Tsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pattern files are checked at load, and agree with the ontology and the PLOVER table. */
class RuleFilesTest {
  @TempDir
  Path dir;

  private RelationCatalog catalog() {
    return TestKnowledge.get().relations();
  }

  @Test
  void aTriggerNamingAnUndeclaredRelationFailsWithFileAndLine() throws IOException {
    Path file = Files.writeString(dir.resolve("triggers.tsv"), "# comment\nmetWith\tmeet\tV\tnsubj\tobj\t0.9\t-\t040\tx\n"
        + "befriended\tbefriend\tV\tnsubj\tobj\t0.9\t-\t-\tx\n");
    var e = assertThrows(IllegalArgumentException.class, () -> TriggerRules.load(List.of(file), catalog()));
    assertTrue(e.getMessage().startsWith("triggers.tsv:3: 'befriended' is neither a relation nor an event class"),
        e.getMessage());
  }

  @Test
  void aNamedWordListStandsForItsWordsAndAnUnknownOneFailsWithFileAndLine() throws IOException {
    Files.writeString(dir.resolve("word-lists.tsv"), "# name\twords\nweapons\ttank|missile\n");
    Path file = Files.writeString(dir.resolve("triggers.tsv"),
        "providedAidTo\tsend\tV\tnsubj\t@to\t0.7\t$weapons|aid\t070\tx\tnot:$weapons\n");
    TriggerRule rule = TriggerRules.load(List.of(file), catalog()).forVerb("send").get(0);
    assertEquals(java.util.Set.of("tank", "missile", "aid"), rule.requires());
    assertEquals(java.util.Set.of("tank", "missile"), rule.forbids());
    Path unknown = Files.writeString(dir.resolve("bad.tsv"), "providedAidTo\tsend\tV\tnsubj\t@to\t0.7\t$arms\t070\tx\n");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> TriggerRules.load(List.of(unknown), catalog()))
        .getMessage().startsWith("bad.tsv:1: no word list 'arms'"));
  }

  @Test
  void badSlotsAndConfidencesFailWithFileAndLine() throws IOException {
    Path slot = Files.writeString(dir.resolve("a.tsv"), "metWith\tmeet\tV\tsubject\tobj\t0.9\t-\t-\tx\n");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> TriggerRules.load(List.of(slot), catalog()))
        .getMessage().startsWith("a.tsv:1: unknown subject slot 'subject'"));
    Path conf = Files.writeString(dir.resolve("b.tsv"), "metWith\tmeet\tV\tnsubj\tobj\t1.5\t-\t-\tx\n");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> TriggerRules.load(List.of(conf), catalog()))
        .getMessage().startsWith("b.tsv:1: confidence must be in (0, 1]"));
    Path semgrex = Files.writeString(dir.resolve("c.semgrex"), "relation\tmetWith\nconfidence\t0.8\npattern\t{lemma:meet=trigger\n");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ConstructionRules.load(semgrex, catalog()))
        .getMessage().startsWith("c.semgrex:1: bad Semgrex pattern"));
  }

  @Test
  void everyEventRelationOfTheOntologyHasTriggers() {
    Set<String> triggered = new java.util.HashSet<>();
    TestKnowledge.get().rules().triggers().all().forEach(r -> triggered.add(r.relation().name()));
    for (RelationSpec r : catalog().relations().values()) {
      if (!r.role()) {
        assertTrue(triggered.contains(r.name()), "no trigger for dg:" + r.name());
      }
    }
  }

  @Test
  void ontologyPloverTypesAgreeWithTheCameoToPloverTable() {
    Map<String, String> plover = new HashMap<>();
    for (String table : List.of("cameo-plover.tsv", "cameo-plover-overrides.tsv")) {
      for (Tsv.Row row : Tsv.read(TestKnowledge.ONTOLOGY.resolve("patterns/" + table), 2)) {
        plover.put(row.get(0), row.get(1));
      }
    }
    Graph ontology = TestKnowledge.get().ontology();
    int checked = 0;
    for (Triple t : ontology.find(Node.ANY, Vocabulary.dg("cameoCode"), Node.ANY).toList()) {
      String code = t.getObject().getLiteralLexicalForm();
      String type = ontology.find(t.getSubject(), Vocabulary.dg("ploverType"), Node.ANY).next().getObject().getLiteralLexicalForm();
      assertEquals(type, plover.get(code), t.getSubject().getLocalName() + " has CAMEO " + code);
      checked++;
    }
    assertTrue(checked > 20);
  }

  @Test
  void theWholeCameoDictionaryIsConvertedWithItsExclusions() {
    List<TriggerRule> cameo = TriggerRules.load(List.of(TestKnowledge.ONTOLOGY.resolve("patterns/generated-cameo-full.tsv")),
        catalog()).all().stream().toList();
    assertTrue(cameo.size() > 20000, "generated CAMEO rows: " + cameo.size());
    assertFalse(cameo.stream().anyMatch(r -> r.event().type().name().equals("Consult")
        && Set.of("face", "confront").contains(r.lemma())));
    // a pattern's words become required lemmas and its preposition an object slot: "- * RELATIONS (WITH) [161]"
    assertTrue(cameo.stream().anyMatch(r -> r.event().type().name().equals("Sanction") && r.requires().contains("relation")));
  }

  @Test
  void everyPloverClassHasCuratedTriggers() {
    Set<String> types = new java.util.HashSet<>();
    TestKnowledge.get().rules().triggers().all().forEach(r -> types.add(r.event().type().name()));
    assertEquals(TestKnowledge.get().relations().eventTypes().keySet(), types);
  }
}
