package org.diplograph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplograph.pipeline.BuildListener;
import org.diplograph.pipeline.BuildResult;
import org.diplograph.pipeline.BuildSettings;
import org.diplograph.pipeline.GraphBuild;

/**
 * The seed corpus built once per JVM from the stored seed annotations (no models): the real graph
 * of the five founding articles, for tests of everything downstream of extraction.
 */
public final class SeedGraph {
  private static BuildResult result;
  private static Path output;

  private SeedGraph() {}

  public static synchronized BuildResult get() {
    if (result == null) {
      try {
        output = Files.createTempDirectory("diplograph-seed");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      BuildSettings settings = BuildSettings.builder().corpus(TestKnowledge.SEED_CORPUS).output(output)
          .ontology(TestKnowledge.ONTOLOGY).build();
      result = new GraphBuild(TestKnowledge.get(), FixtureAnnotator.seed()).run(settings, BuildListener.SILENT);
    }
    return result;
  }

  /** The folder the seed graph was written to (graph.ttl, graph.trig). */
  public static synchronized Path output() {
    get();
    return output;
  }
}
