package org.diplograph.serve;

/**
 * The one account allowed to change the served data (SPARQL Update and Graph Store writes), by
 * HTTP Basic authentication. {@link #toString()} leaves the password out, so it never reaches a log.
 */
public record WriteAccess(String user, String password) {
  public WriteAccess {
    if (user == null || user.isBlank() || !user.matches("[A-Za-z0-9_.@-]+")) {
      throw new IllegalArgumentException("a user name needs letters, digits or _.@- only, not '" + user + "'");
    }
    if (password == null || password.length() < 8) {
      throw new IllegalArgumentException("the password for '" + user + "' must have at least 8 characters");
    }
  }

  @Override
  public String toString() {
    return "WriteAccess[user=" + user + ", password=***]";
  }
}
