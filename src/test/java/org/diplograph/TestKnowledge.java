package org.diplograph;

import java.nio.file.Path;
import org.diplograph.pipeline.Knowledge;

/** The project's own ontology folder, loaded once for all tests of a JVM. */
public final class TestKnowledge {
  public static final Path ONTOLOGY = Path.of("ontology");
  public static final Path SEED_CORPUS = Path.of("corpus");

  private static Knowledge knowledge;

  private TestKnowledge() {}

  public static synchronized Knowledge get() {
    if (knowledge == null) {
      knowledge = Knowledge.load(ONTOLOGY);
    }
    return knowledge;
  }
}
