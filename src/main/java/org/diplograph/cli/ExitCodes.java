package org.diplograph.cli;

/** Process exit statuses, documented in docs/scheduling.md for cron and systemd. */
final class ExitCodes {
  private ExitCodes() {}

  /** Everything worked. */
  static final int OK = 0;
  /** A fatal error: nothing (new) was produced. */
  static final int FATAL = 1;
  /** The command line was wrong. */
  static final int USAGE = 2;
  /** The run finished, but some documents could not be used (each one was reported). */
  static final int SOME_DOCUMENTS_FAILED = 3;
  /** Another build holds the output folder's lock (and --wait was not given or timed out). */
  static final int LOCKED = 4;
  /** The graph violates the SHACL shapes, or the evaluation missed its thresholds. */
  static final int CHECK_FAILED = 5;
  /** The graph was built and written, but pushing it to the --publish endpoint failed; the next run retries. */
  static final int PUBLISH_FAILED = 6;
  /** The graph was built and written, but writing a --export format failed (e.g. Graphviz missing). */
  static final int EXPORT_FAILED = 7;
}
