package org.diplograph.cli;

import java.util.Locale;
import org.diplograph.corpus.InputProblem;
import org.diplograph.pipeline.BuildListener;

/**
 * Shows a build's progress: a bar redrawn in place on a terminal; under cron or systemd, a plain
 * line every tenth of the work and nothing else, so logs stay readable. Only documents that are
 * really annotated count as work: a rebuild with nothing new prints no progress at all.
 */
final class ProgressReporter implements BuildListener {
  private final Console console;
  private final boolean quiet;
  private int lastTenth = -1;
  private boolean barShown;

  ProgressReporter(Console console, boolean quiet) {
    this.console = console;
    this.quiet = quiet;
  }

  @Override
  public synchronized void problem(InputProblem problem) {
    endBar();
    console.message("skipped " + problem.sourcePath() + ": " + problem.reason());
  }

  @Override
  public synchronized void modelsLoading() {
    if (!quiet) {
      console.message("loading CoreNLP models ...");
    }
  }

  @Override
  public synchronized void modelsLoaded(long millis) {
    if (!quiet) {
      console.message(String.format(Locale.ROOT, "models loaded in %.1f s", millis / 1000.0));
    }
  }

  @Override
  public synchronized void annotated(int done, int total, String documentId) {
    if (quiet) {
      return;
    }
    if (console.interactive()) {
      int width = 30;
      int filled = total == 0 ? width : done * width / total;
      console.err().print(String.format(Locale.ROOT, "\r[%s%s] %d/%d documents",
          "#".repeat(filled), " ".repeat(width - filled), done, total));
      console.err().flush();
      barShown = true;
      if (done == total) {
        endBar();
      }
    } else {
      int tenth = total == 0 ? 10 : done * 10 / total;
      if (tenth != lastTenth) {
        lastTenth = tenth;
        console.message(String.format(Locale.ROOT, "annotated %d/%d documents", done, total));
      }
    }
  }

  @Override
  public synchronized void warning(String message) {
    endBar();
    console.message("warning: " + message);
  }

  @Override
  public synchronized void info(String message) {
    endBar();
    if (!quiet) {
      console.message(message);
    }
  }

  private void endBar() {
    if (barShown) {
      console.err().println();
      barShown = false;
    }
  }
}
