package org.diplograph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** A subcommand of {@code diplograph}: its options and what it does with them. */
interface Command {
  String name();

  /** One line for the command list. */
  String summary();

  /** Usage after the command name, e.g. {@code [options] [graph]}. */
  default String arguments() {
    return "[options]";
  }

  Options options();

  /** Runs the command; returns the process exit status (see {@link ExitCodes}). */
  int run(CommandLine line, Console console) throws Exception;
}
