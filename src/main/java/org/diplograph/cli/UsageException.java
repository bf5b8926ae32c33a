package org.diplograph.cli;

/** A wrong command line, reported with the usage exit status. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
