package org.diplograph.pipeline;

import org.diplograph.corpus.InputProblem;

/**
 * What a build tells its caller while it runs; the library itself never prints. The command line
 * turns these into a progress bar on a terminal and plain log lines otherwise.
 */
public interface BuildListener {
  default void problem(InputProblem problem) {}

  /** The build moved on to another phase (in the order of {@link BuildPhase}). */
  default void phase(BuildPhase phase) {}

  default void modelsLoading() {}

  default void modelsLoaded(long millis) {}

  /** {@code done} of {@code total} documents annotated; cached documents are not counted. */
  default void annotated(int done, int total, String documentId) {}

  default void info(String message) {}

  /** Something an operator should see even in quiet mode, e.g. a failed publication. */
  default void warning(String message) {}

  BuildListener SILENT = new BuildListener() {};
}
