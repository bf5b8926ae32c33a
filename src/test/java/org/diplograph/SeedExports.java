package org.diplograph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.diplograph.export.ExportFormat;
import org.diplograph.export.ExportedFile;
import org.diplograph.export.Exporter;
import org.diplograph.export.GraphSource;
import org.diplograph.pipeline.GraphBuild;

/**
 * Every export of the seed graph except the Graphviz pictures (which need the dot program), written
 * once per JVM into a temporary folder, for the tests that read them back.
 */
public final class SeedExports {
  private static Path dir;
  private static List<ExportedFile> files;

  private SeedExports() {}

  public static synchronized Path dir() {
    if (dir == null) {
      try {
        dir = Files.createTempDirectory("diplograph-exports");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      files = exporter().export(source(), dir);
    }
    return dir;
  }

  public static synchronized List<ExportedFile> files() {
    dir();
    return files;
  }

  /** The seed graph as a build hands it to the exporter: merged graph plus named graphs. */
  public static GraphSource source() {
    return new GraphSource(SeedGraph.get().graph(),
        GraphBuild.namedGraphs(TestKnowledge.get().ontology(), SeedGraph.get().events(), SeedGraph.get().documents()));
  }

  public static Exporter exporter() {
    EnumSet<ExportFormat> formats = EnumSet.allOf(ExportFormat.class);
    formats.removeIf(ExportFormat::isRendered);
    return Exporter.builder().formats(formats).context(TestKnowledge.ONTOLOGY.resolve("context.jsonld")).build();
  }
}
