package org.diplograph.store;

/** A TDB2 database that cannot be opened or written, with a message a user can act on. */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
