package org.diplograph.publish;

import java.net.Authenticator;
import java.net.PasswordAuthentication;

/** A user name and password for HTTP basic authentication; {@code toString} hides the password. */
public record Credentials(String user, String password) {
  public Credentials {
    if (user == null || user.isEmpty() || user.contains(":")) {
      throw new IllegalArgumentException("the user name must be non-empty and without ':'");
    }
    if (password == null) {
      throw new IllegalArgumentException("no password for user " + user);
    }
  }

  /** Answers a server's request for credentials (not a proxy's) with these. */
  Authenticator authenticator() {
    return new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return getRequestorType() == RequestorType.SERVER ? new PasswordAuthentication(user, password.toCharArray()) : null;
      }
    };
  }

  @Override
  public String toString() {
    return "Credentials[user=" + user + ", password=***]";
  }
}
