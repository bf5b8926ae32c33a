package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.diplograph.SeedCorpus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged release ({@code mvn package}: {@code target/diplograph-VERSION.tar.gz}) as an
 * operator runs it: unpacked away from the source tree, started with cron's kind of environment
 * (nothing but a PATH, and on that PATH no {@code mvn}), in a working folder of its own. A first
 * build annotates the seed corpus with the models found in {@code ~/.m2}; the scheduled rebuild
 * after it needs no models at all.
 */
@Tag("models")
class ReleaseIT {
  private static final Path ARCHIVE = Path.of(System.getProperty("diplograph.release",
      "target/diplograph-0.1.0.tar.gz"));

  @TempDir
  Path tmp;

  @Test
  void scheduledBuildRunsFromTheReleaseWithoutMaven() throws Exception {
    assertTrue(Files.isRegularFile(ARCHIVE), "run mvn package first: " + ARCHIVE);
    Path install = tmp.resolve("opt");
    Files.createDirectories(install);
    assertEquals(0, run(List.of("tar", "-xzf", ARCHIVE.toAbsolutePath().toString(), "-C", install.toString()),
        tmp, Map.of("PATH", System.getenv("PATH"))).status());
    Path launcher;
    try (var dirs = Files.list(install)) {
      launcher = dirs.findFirst().orElseThrow().resolve("bin/diplograph");
    }
    assertTrue(Files.isExecutable(launcher), "the release has an executable bin/diplograph");
    try (var jars = Files.list(launcher.getParent().resolve("../lib"))) {
      assertTrue(jars.noneMatch(j -> j.getFileName().toString().contains("models")),
          "the release never contains the models jar");
    }

    // cron's environment: a short PATH holding what the launcher needs, and no Maven
    Path tools = tmp.resolve("tools");
    Files.createDirectories(tools);
    Path bash = which("bash");
    for (String tool : List.of("bash", "dirname", "readlink")) {
      wrapper(tools.resolve(tool), bash, which(tool));
    }
    wrapper(tools.resolve("java"), bash, Path.of(System.getProperty("java.home"), "bin", "java"));
    Map<String, String> cron = Map.of("PATH", tools.toString(), "HOME", tmp.resolve("home").toString());
    assertEquals(1, run(List.of(tools.resolve("bash").toString(), "-c", "command -v mvn"), tmp, cron).status(),
        "no mvn on the PATH");

    // the models where Maven keeps them, in the operator's home (a link: never a copy of 470 MB)
    Path models = modelsJar();
    Path m2 = tmp.resolve("home/.m2/repository/edu/stanford/nlp/stanford-corenlp").resolve(models.getParent().getFileName())
        .resolve(models.getFileName());
    Files.createDirectories(m2.getParent());
    Files.createSymbolicLink(m2, models);

    Path site = tmp.resolve("srv");
    Path corpus = site.resolve("corpus");
    for (int i = 0; i < SeedCorpus.files().size(); i++) {
      SeedCorpus.write(corpus, SeedCorpus.files().get(i).getFileName().toString(), i);
    }
    List<String> build = List.of(launcher.toString(), "build", "--quiet", "--wait", "60");
    Result first = run(build, site, cron);
    assertEquals(0, first.status(), first.output());
    assertTrue(first.output().contains("5 documents (5 new"), first.output());
    assertTrue(first.output().contains("5 annotated"), first.output());
    assertTrue(Files.size(site.resolve("output/graph.ttl")) > 100_000);

    // the next scheduled run: nothing new, no models needed (none on the classpath now)
    Files.delete(m2);
    Result second = run(build, site, cron);
    assertEquals(0, second.status(), second.output());
    assertTrue(second.output().contains("0 annotated"), second.output());
    assertFalse(site.resolve("target").toFile().exists(), "nothing was built");
  }

  private record Result(int status, String output) {}

  private static Result run(List<String> command, Path dir, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().putAll(env);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES));
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  /** A script that runs {@code target}: a file of its own, where a link would lead out of the temporary folder. */
  private static void wrapper(Path file, Path bash, Path target) throws IOException {
    Files.writeString(file, "#!" + bash + "\nexec '" + target + "' \"$@\"\n");
    file.toFile().setExecutable(true);
  }

  private static Path which(String tool) throws IOException {
    for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) {
        return candidate.toRealPath();
      }
    }
    throw new IOException(tool + " not found on the PATH");
  }

  /** The models jar the tests run with, from Maven's local repository. */
  private static Path modelsJar() {
    List<Path> found = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith("-models.jar") && entry.contains("stanford-corenlp")) {
        found.add(Path.of(entry));
      }
    }
    assertEquals(1, found.size(), "one models jar on the test classpath");
    return found.get(0);
  }
}
