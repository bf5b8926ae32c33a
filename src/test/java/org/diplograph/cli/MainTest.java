package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.diplograph.SeedGraph;
import org.junit.jupiter.api.Test;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8), false);

  private int run(String... args) {
    return Main.standard().run(args, console);
  }

  @Test
  void helpListsTheCommandsAndUnknownCommandsAreUsageErrors() {
    assertEquals(0, run("--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    for (String command : new String[] {"build", "query", "evaluate", "bench", "annotate", "lexicons"}) {
      assertTrue(help.contains(command), command);
    }
    assertEquals(2, run("frobnicate"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'frobnicate'"));
    assertEquals(2, run("build", "--no-such-option"));
  }

  @Test
  void queryPrintsATableOrCsv() {
    String graph = SeedGraph.output().resolve("graph.ttl").toString();
    assertEquals(0, run("query", "-f", "csv", "queries/roles.rq", graph));
    String csv = out.toString(StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("person,role,of,evidence"), csv);
    assertTrue(csv.contains("Sergey Lavrov,foreign minister of,Russia"), csv);
  }

  @Test
  void evaluatePrintsTheScoreAndFailsBelowAThreshold() {
    String graph = SeedGraph.output().resolve("graph.ttl").toString();
    String[] gold = {"--gold", "src/test/resources/gold/seed-gold.tsv", "--entities", "src/test/resources/gold/entities.tsv"};
    assertEquals(0, run(concat(new String[] {"evaluate"}, gold, new String[] {graph})));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("precision:"));
    assertEquals(5, run(concat(new String[] {"evaluate", "--min-recall", "1.01"}, gold, new String[] {graph})));
  }

  private static String[] concat(String[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
  }
}
