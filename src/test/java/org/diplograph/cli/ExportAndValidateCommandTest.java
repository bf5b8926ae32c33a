package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplograph.SeedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export, validate and reference commands as a user runs them, on the seed graph's files. */
class ExportAndValidateCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8), false);

  @Test
  void exportWritesTheChosenFormatsFromTheBuiltDataset(@TempDir Path tmp) {
    Path trig = SeedGraph.output().resolve("graph.trig");
    int status = run("export", "--format", "nq,csv", "--format", "graphml", "--relation", "metWith,leaderOf",
        "--min-evidence", "2", "--output", tmp.toString(), trig.toString());
    assertEquals(ExitCodes.OK, status, err());
    assertTrue(Files.isRegularFile(tmp.resolve("graph.nq")));
    assertTrue(Files.isRegularFile(tmp.resolve("csv/neo4j/relationships.csv")));
    assertTrue(Files.isRegularFile(tmp.resolve("graph.graphml")));
    assertFalse(Files.exists(tmp.resolve("graph.ttl")), "only what was asked for");
    assertTrue(err().contains("wrote " + tmp.resolve("graph.nq")), err());
  }

  @Test
  void exportRejectsAnUnknownFormat(@TempDir Path tmp) {
    assertEquals(ExitCodes.USAGE, run("export", "--format", "xls", "--output", tmp.toString(),
        SeedGraph.output().resolve("graph.trig").toString()));
    assertTrue(err().contains("unknown export format xls"), err());
  }

  @Test
  void exportSaysHowToInstallGraphvizWhenItIsMissing(@TempDir Path tmp) {
    int status = run("export", "--format", "svg", "--graphviz", tmp.resolve("no-dot").toString(), "--output",
        tmp.toString(), SeedGraph.output().resolve("graph.trig").toString());
    assertEquals(ExitCodes.FATAL, status);
    assertTrue(err().contains("apt-get install graphviz"), err());
    assertTrue(Files.isRegularFile(tmp.resolve("graph.dot")), "the DOT source is written all the same");
  }

  @Test
  void validatePassesTheBuiltGraph() {
    assertEquals(ExitCodes.OK, run("validate", SeedGraph.output().resolve("graph.ttl").toString()), err());
    assertTrue(err().contains("conforms"), err());
  }

  @Test
  void validateNamesTheOffendingNodesAndExitsWithCheckFailed(@TempDir Path tmp) throws Exception {
    String ttl = Files.readString(SeedGraph.output().resolve("graph.ttl"));
    // one mention gets confidence 1.5, and a blank node appears
    String broken = ttl.replaceFirst("(<https://w3id.org/diplograph/mention/[^>]*>(?:[^.]|\\.[0-9])*?)dg:confidence [0-9.]+ ;", "$1dg:confidence 1.5 ;")
        + "\nid:Russia dg:note [ rdfs:label \"anonymous\" ] .\n";
    Path file = tmp.resolve("broken.ttl");
    Files.writeString(file, broken);
    Path report = tmp.resolve("report.ttl");
    assertEquals(ExitCodes.CHECK_FAILED, run("validate", "--report", report.toString(), file.toString()));
    assertTrue(out().contains("/mention/") && out().contains("dg:confidence") && out().contains("[value 1.5]"), out());
    assertTrue(out().contains("blank node"), out());
    assertTrue(err().contains("problem(s)"), err());
    assertTrue(Files.readString(report).contains("sh:ValidationReport"));
  }

  @Test
  void referenceCheckAgreesWithTheCommittedPage() {
    assertEquals(ExitCodes.OK, run("reference", "--check"), err());
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
