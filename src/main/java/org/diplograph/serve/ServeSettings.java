package org.diplograph.serve;

import java.time.Duration;
import java.util.Optional;

/**
 * How the graph is served. The defaults are the safe ones: localhost only, read-only, a 30 s
 * query timeout, no CORS, no status endpoints. Create with {@link #builder()}; {@code build()}
 * checks the values.
 *
 * @param port the HTTP port; 0 takes a free one (tests)
 * @param datasetName the dataset's path segment: endpoints live under {@code /<name>/}
 * @param queryTimeout the longest a query may run before it is cancelled
 * @param localOnly bind to the loopback interface only
 * @param writeAccess the account allowed to write; empty means no write endpoints at all
 * @param cors answer browsers' cross-origin requests (for web tools such as YASGUI)
 * @param statusEndpoints add {@code /$/ping} and {@code /$/stats}
 */
public record ServeSettings(int port, String datasetName, Duration queryTimeout, boolean localOnly,
    Optional<WriteAccess> writeAccess, boolean cors, boolean statusEndpoints) {

  public static final int DEFAULT_PORT = 3030;
  public static final String DEFAULT_DATASET = "diplograph";
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  public boolean allowsUpdate() {
    return writeAccess.isPresent();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder with the defaults of {@code ./diplograph serve}. */
  public static final class Builder {
    private int port = DEFAULT_PORT;
    private String datasetName = DEFAULT_DATASET;
    private Duration queryTimeout = DEFAULT_TIMEOUT;
    private boolean localOnly = true;
    private WriteAccess writeAccess;
    private boolean cors;
    private boolean statusEndpoints;

    public Builder port(int value) {
      this.port = value;
      return this;
    }

    public Builder datasetName(String value) {
      this.datasetName = value;
      return this;
    }

    public Builder queryTimeout(Duration value) {
      this.queryTimeout = value;
      return this;
    }

    public Builder localOnly(boolean value) {
      this.localOnly = value;
      return this;
    }

    public Builder writeAccess(WriteAccess value) {
      this.writeAccess = value;
      return this;
    }

    public Builder cors(boolean value) {
      this.cors = value;
      return this;
    }

    public Builder statusEndpoints(boolean value) {
      this.statusEndpoints = value;
      return this;
    }

    public ServeSettings build() {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
      }
      if (datasetName == null || !datasetName.matches("[A-Za-z0-9][A-Za-z0-9_.-]*") || datasetName.startsWith("$")) {
        throw new IllegalArgumentException("dataset name must be letters, digits and _.- (e.g. diplograph), not '"
            + datasetName + "'");
      }
      if (queryTimeout == null || queryTimeout.isNegative() || queryTimeout.isZero()) {
        throw new IllegalArgumentException("the query timeout must be positive, not " + queryTimeout);
      }
      // A page on any web site could use the visitor's browser to send writes: never both.
      if (cors && writeAccess != null) {
        throw new IllegalArgumentException("CORS and write access cannot be combined");
      }
      return new ServeSettings(port, datasetName, queryTimeout, localOnly, Optional.ofNullable(writeAccess), cors,
          statusEndpoints);
    }
  }
}
