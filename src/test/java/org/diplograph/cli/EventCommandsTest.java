package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplograph.SeedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** explain, timeline and evaluate-merging as a user runs them, on the seed graph's files. */
class EventCommandsTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8), false);

  @Test
  void timelineByNamePrintsTheTableAndWritesBothCharts(@TempDir Path tmp) throws Exception {
    Path svg = tmp.resolve("china-russia.svg");
    int status = run("timeline", "--by", "year", "--graph", SeedGraph.output().resolve("graph.ttl").toString(),
        "--chart", svg.toString(), "China", "Vladimir Putin");
    assertEquals(ExitCodes.OK, status, err());
    assertTrue(out().startsWith("China – Vladimir Putin: events per year"), out());
    assertTrue(out().contains("CONSULT"), out());
    assertTrue(Files.readString(svg).startsWith("<svg"));
    assertTrue(Files.size(tmp.resolve("china-russia.png")) > 1000);
  }

  @Test
  void timelineSaysWhichActorItCannotFind() {
    assertEquals(ExitCodes.USAGE, run("timeline", "--graph", SeedGraph.output().resolve("graph.ttl").toString(),
        "--no-chart", "China", "Atlantis"));
    assertTrue(err().contains("no actor called 'Atlantis'"), err());
  }

  @Test
  void explainListsTheMentionsAndWhyEachWasMerged() {
    String graph = SeedGraph.output().resolve("graph.ttl").toString();
    int status = run("explain", "Consult/undated/Vladimir_Putin+Xi_Jinping", graph);
    assertEquals(ExitCodes.OK, status, err());
    assertTrue(out().contains("documentCount      2"), out());
    assertTrue(out().contains("003_a402a77e2a5dc7e2") && out().contains("004_e25c9ce347118446"), out());
    assertTrue(out().contains("started the event") && out().contains("joined the event of"), out());
    assertTrue(out().contains("merging.tsv:"), out());
  }

  @Test
  void explainSuggestsEventsWhenTheIriIsWrong() {
    assertEquals(ExitCodes.USAGE, run("explain", "Consult/undated/Vladimir_Putin", SeedGraph.output().resolve("graph.ttl").toString()));
    assertTrue(err().contains("events like it") && err().contains("Vladimir_Putin+Xi_Jinping"), err());
  }

  @Test
  void evaluateMergingScoresTheSeedLabels() {
    int status = run("evaluate-merging", "src/test/resources/events/seed-same-event.tsv",
        SeedGraph.output().resolve("graph.ttl").toString());
    assertEquals(ExitCodes.OK, status, err());
    assertTrue(out().matches("(?s)all   P [01]\\.\\d\\d  R [01]\\.\\d\\d .*"), out());
  }

  private int run(String... args) {
    return Main.standard().run(args, console);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
