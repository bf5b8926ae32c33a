package org.diplograph.pipeline;

import org.diplograph.corpus.InputProblem;

/**
 * What a build tells its caller while it runs; the library itself never prints. The command line
 * turns these into a progress bar on a terminal and plain log lines otherwise.
 */
public interface BuildListener {
  default void problem(InputProblem problem) {}

  default void modelsLoading() {}

  default void modelsLoaded(long millis) {}

  /** {@code done} of {@code total} documents annotated (or taken from the cache). */
  default void annotated(int done, int total, String documentId) {}

  default void info(String message) {}

  BuildListener SILENT = new BuildListener() {};
}
