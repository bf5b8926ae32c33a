package org.diplograph.publish;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;

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

  /**
   * Answers the credentials request of the endpoint's own server (scheme, host and port as in
   * {@code endpoint}) with these; a proxy or any other host gets nothing.
   */
  Authenticator authenticator(URI endpoint) {
    return new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        java.net.URL asking = getRequestingURL();
        boolean ours = getRequestorType() == RequestorType.SERVER && asking != null
            && endpoint.getScheme().equalsIgnoreCase(asking.getProtocol())
            && endpoint.getHost().equalsIgnoreCase(asking.getHost())
            && port(endpoint.getPort(), endpoint.getScheme()) == port(asking.getPort(), asking.getProtocol());
        return ours ? new PasswordAuthentication(user, password.toCharArray()) : null;
      }
    };
  }

  /** The value of an {@code Authorization} header that presents these credentials unasked. */
  String basicAuthorization() {
    byte[] pair = (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return "Basic " + java.util.Base64.getEncoder().encodeToString(pair);
  }

  private static int port(int port, String scheme) {
    return port >= 0 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }

  @Override
  public String toString() {
    return "Credentials[user=" + user + ", password=***]";
  }
}
