package org.diplograph.cli;

import java.io.PrintStream;

/**
 * Where commands write: results to {@code out}, messages to {@code err}. Knows whether it talks
 * to a terminal, so progress bars appear only there (cron gets plain lines).
 */
record Console(PrintStream out, PrintStream err, boolean interactive) {
  static Console system() {
    return new Console(System.out, System.err, System.console() != null && System.getenv("TERM") != null
        && !"dumb".equals(System.getenv("TERM")));
  }

  void message(String text) {
    err.println(text);
  }
}
