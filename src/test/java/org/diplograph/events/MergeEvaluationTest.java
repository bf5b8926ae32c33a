package org.diplograph.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.SeedGraph;
import org.diplograph.TestKnowledge;
import org.diplograph.graph.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring merges against labels, the seed corpus's labelled events, and the rules file's checks. */
class MergeEvaluationTest {
  @TempDir
  Path dir;

  @Test
  void theSeedEventsAreMergedAsLabelled() {
    List<MergeEvaluation.Pair> pairs = MergeEvaluation.read(Path.of("src/test/resources/events/seed-same-event.tsv"));
    MergeEvaluation.Score s = MergeEvaluation.score(pairs, SeedGraph.get().graph()).get("all");
    assertEquals(0, s.missing(), "every labelled mention is in the seed graph");
    assertTrue(s.precision() >= 0.9, "precision " + s.precision() + " " + s);
    assertTrue(s.recall() >= 0.8, "recall " + s.recall() + " " + s);
  }

  @Test
  void pairsAreScoredBySplitAndMissingMentionsAreCountedApart() throws IOException {
    Graph g = GraphFactory.createDefaultGraph();
    link(g, "m:a", "e:1");
    link(g, "m:b", "e:1");
    link(g, "m:c", "e:2");
    Path labels = dir.resolve("pairs.tsv");
    Files.writeString(labels, "# split\tseed\ta\tb\tsame\n"
        + "dev\t1\tm:a\tm:b\t1\n" // true positive
        + "dev\t1\tm:a\tm:c\t1\n" // false negative
        + "test\t2\tm:b\tm:c\t0\n" // true negative
        + "test\t2\tm:a\tm:x\t0\n"); // not in the graph
    Map<String, MergeEvaluation.Score> scores = MergeEvaluation.score(MergeEvaluation.read(labels), g);
    assertEquals(new MergeEvaluation.Score(1, 0, 1, 0, 0), scores.get("dev"));
    assertEquals(new MergeEvaluation.Score(0, 0, 0, 1, 1), scores.get("test"));
    assertEquals(new MergeEvaluation.Score(1, 0, 1, 1, 1), scores.get("all"));
    assertEquals(0.5, scores.get("all").recall(), 1e-9);
  }

  @Test
  void setsGiveEveryPair() throws IOException {
    Path labels = dir.resolve("sets.tsv");
    Files.writeString(labels, "m:a\tx\nm:b\tx\nm:c\ty\n");
    List<MergeEvaluation.Pair> pairs = MergeEvaluation.read(labels);
    assertEquals(3, pairs.size());
    assertEquals(1, pairs.stream().filter(MergeEvaluation.Pair::same).count());
  }

  @Test
  void badLabelsNameTheirLine() throws IOException {
    Path labels = dir.resolve("bad.tsv");
    Files.writeString(labels, "m:a\tm:b\tyes\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MergeEvaluation.read(labels));
    assertTrue(e.getMessage().startsWith("bad.tsv:1:"), e.getMessage());
  }

  @Test
  void theRulesFileIsCheckedWhenLoaded() throws IOException {
    Set<String> classes = Set.of("Consult", "Assault");
    MergeRules rules = MergeRules.load(write("window\tConsult\t1\tx\nwindow\tAssault\t3\tx\nlookback\t-\t2\tx\n"
        + "apart\tConsult/phone\t-\tx\n"), classes);
    assertEquals(3, rules.window("Assault"));
    assertEquals(2, rules.lookbackDays());
    assertTrue(rules.placeless("Consult", "phone"));
    assertEquals("merging.tsv:2", rules.where("window Assault"));
    assertThrows(IllegalArgumentException.class, () -> MergeRules.load(write("window\tConsult\t1\tx\nlookback\t-\t2\tx\n"), classes),
        "a class without a window");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> MergeRules.load(
        write("window\tConsult\t1\tx\nwindow\tAssault\tsoon\tx\nlookback\t-\t2\tx\n"), classes)).getMessage()
        .startsWith("merging.tsv:2:"));
    assertThrows(IllegalArgumentException.class, () -> MergeRules.load(
        write("window\tConsult\t1\tx\nwindow\tBefriend\t1\tx\nwindow\tAssault\t1\tx\nlookback\t-\t2\tx\n"), classes));
  }

  @Test
  void stateLevelAheadAndPlacedRowsAreReadAndChecked() throws IOException {
    Set<String> classes = Set.of("Consult", "Assault");
    String base = "window\tConsult\t1\tx\nwindow\tAssault\t3\tx\nlookback\t-\t1\tx\n";
    MergeRules rules = MergeRules.load(write(base + "state-level\tAssault\t-\tx\nahead\tintended\t7\tx\n"
        + "placed\tAssault\t-\tx\naddressed\tConsult\t-\tx\n"), classes);
    assertTrue(rules.addressed("Consult"));
    assertTrue(!rules.addressed("Assault"));
    assertTrue(rules.stateLevel("Assault"));
    assertTrue(!rules.stateLevel("Consult"));
    assertTrue(rules.placed("Assault"));
    assertEquals(Map.of("intended", 7), rules.ahead());
    assertEquals("merging.tsv:5", rules.where("ahead intended"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> MergeRules.load(write(base + "ahead\twished\t7\tx\n"),
        classes)).getMessage().contains("not a modality"));
    assertThrows(IllegalArgumentException.class, () -> MergeRules.load(write(base + "state-level\tBefriend\t-\tx\n"), classes));
  }

  @Test
  void theShippedRulesCoverEveryPloverClass() {
    MergeRules rules = TestKnowledge.get().merging();
    for (String type : List.of("Agree", "Consult", "Support", "Concede", "Cooperate", "Aid", "Retreat", "Request",
        "Accuse", "Reject", "Threaten", "Protest", "Sanction", "Mobilize", "Coerce", "Assault")) {
      assertTrue(rules.window(type) >= 0, type);
    }
  }

  private Path write(String text) throws IOException {
    Path file = dir.resolve(MergeRules.FILE);
    Files.writeString(file, text);
    return file;
  }

  private static void link(Graph g, String mention, String event) {
    g.add(Triple.create(NodeFactory.createURI(mention), Vocabulary.dg("mentionOf"), NodeFactory.createURI(event)));
  }
}
