package org.diplograph.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.Test;

class CredentialsTest {
  private static PasswordAuthentication ask(Authenticator auth, String url, Authenticator.RequestorType type)
      throws Exception {
    URL u = URI.create(url).toURL();
    return auth.requestPasswordAuthenticationInstance(u.getHost(), null, u.getPort(), u.getProtocol(), "realm", "Basic",
        u, type);
  }

  @Test
  void answersOnlyTheEndpointsOwnServer() throws Exception {
    Credentials c = new Credentials("alice", "s3cret");
    Authenticator auth = c.authenticator(URI.create("http://localhost:3030/diplograph"));
    assertEquals("alice", ask(auth, "http://localhost:3030/diplograph/data?graph=x", Authenticator.RequestorType.SERVER)
        .getUserName());
    assertNull(ask(auth, "http://127.0.0.2:3202/steal", Authenticator.RequestorType.SERVER), "another host (a redirect)");
    assertNull(ask(auth, "http://localhost:3031/diplograph", Authenticator.RequestorType.SERVER), "another port");
    assertNull(ask(auth, "https://localhost:3030/diplograph", Authenticator.RequestorType.SERVER), "another scheme");
    assertNull(ask(auth, "http://localhost:3030/diplograph", Authenticator.RequestorType.PROXY), "a proxy");
    assertFalse(c.toString().contains("s3cret"));
  }

  @Test
  void basicAuthorizationEncodesUserColonPasswordInUtf8() {
    // The pair from RFC 7617's own example, then a password outside ASCII.
    assertEquals("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", new Credentials("Aladdin", "open sesame").basicAuthorization());
    assertEquals("Basic YWxpY2U6Y2Fmw6k=", new Credentials("alice", "caf\u00e9").basicAuthorization());
  }
}
