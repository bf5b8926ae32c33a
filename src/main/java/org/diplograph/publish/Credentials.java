package org.diplograph.publish;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

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

  /** The value of an {@code Authorization} header. */
  String basicHeader() {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "Credentials[user=" + user + ", password=***]";
  }
}
