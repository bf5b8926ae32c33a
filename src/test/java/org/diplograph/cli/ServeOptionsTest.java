package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.diplograph.serve.ServeSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeOptionsTest {
  @TempDir
  Path dir;

  @Test
  void defaultsAreTheSafeOnes() throws Exception {
    ServeSettings settings = ServeOptions.settings(parse(), Map.of());
    assertEquals(3030, settings.port());
    assertEquals("diplograph", settings.datasetName());
    assertEquals(Duration.ofSeconds(30), settings.queryTimeout());
    assertTrue(settings.localOnly());
    assertFalse(settings.allowsUpdate());
    assertFalse(settings.cors());
    assertFalse(settings.statusEndpoints());
    assertEquals(new ServeOptions.Source(Path.of("output", "graph.trig"), false), ServeOptions.source(parse()));
  }

  @Test
  void readsTimeoutsWithUnits() throws Exception {
    assertEquals(Duration.ofSeconds(45), ServeOptions.duration("45"));
    assertEquals(Duration.ofSeconds(10), ServeOptions.duration("10s"));
    assertEquals(Duration.ofMillis(500), ServeOptions.duration("500ms"));
    assertEquals(Duration.ofMinutes(2), ServeOptions.duration("2m"));
    assertThrows(UsageException.class, () -> ServeOptions.duration("soon"));
    assertThrows(UsageException.class, () -> ServeOptions.settings(parse("--timeout", "0"), Map.of()));
  }

  @Test
  void updateNeedsAUserAndAPassword() {
    assertThrows(UsageException.class, () -> ServeOptions.settings(parse("--allow-update"), Map.of()));
    assertThrows(UsageException.class, () -> ServeOptions.settings(parse("--allow-update", "--user", "editor"), Map.of()));
    assertThrows(UsageException.class, () -> ServeOptions.settings(parse("--user", "editor"), Map.of()));
    assertThrows(UsageException.class, () -> ServeOptions.settings(parse("--allow-update", "--user", "editor"),
        Map.of(ServeOptions.PASSWORD_VARIABLE, "short")));
  }

  @Test
  void passwordComesFromAFileOrTheEnvironment() throws Exception {
    Path file = Files.writeString(dir.resolve("password"), "correct horse battery\n");
    ServeSettings fromFile = ServeOptions.settings(parse("--allow-update", "--user", "editor", "--password-file",
        file.toString()), Map.of());
    assertEquals("correct horse battery", fromFile.writeAccess().orElseThrow().password());
    ServeSettings fromEnvironment = ServeOptions.settings(parse("--allow-update", "--user", "editor"),
        Map.of(ServeOptions.PASSWORD_VARIABLE, "another long one"));
    assertEquals("editor", fromEnvironment.writeAccess().orElseThrow().user());
  }

  @Test
  void corsIsNeverCombinedWithWrites() {
    UsageException e = assertThrows(UsageException.class, () -> ServeOptions.settings(parse("--cors", "--allow-update",
        "--user", "editor"), Map.of(ServeOptions.PASSWORD_VARIABLE, "long enough password")));
    assertTrue(e.getMessage().contains("CORS"), e.getMessage());
  }

  @Test
  void oneSourceAtATime() {
    assertThrows(UsageException.class, () -> ServeOptions.source(parse("--tdb", "db", "--data", "graph.trig")));
  }

  @Test
  void commandLineMistakesExitWithTheUsageStatusBeforeAnythingStarts() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console = new Console(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
        StandardCharsets.UTF_8), false);
    assertEquals(ExitCodes.USAGE, Main.standard().run(new String[] {"serve", "--allow-update"}, console));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--user"), err.toString(StandardCharsets.UTF_8));
    assertEquals(ExitCodes.USAGE, Main.standard().run(new String[] {"serve", "--port", "http"}, console));
    assertEquals(ExitCodes.USAGE, Main.standard().run(new String[] {"serve", "--dataset", "$/admin"}, console));
  }

  private static CommandLine parse(String... args) throws Exception {
    return new DefaultParser().parse(ServeOptions.options(), args);
  }
}
