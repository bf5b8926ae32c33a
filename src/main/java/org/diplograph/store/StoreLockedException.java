package org.diplograph.store;

/** Another process (a running Fuseki, another load) holds the TDB2 database's lock. */
public final class StoreLockedException extends StoreException {
  private static final long serialVersionUID = 1L;

  public StoreLockedException(String message, Throwable cause) {
    super(message, cause);
  }
}
