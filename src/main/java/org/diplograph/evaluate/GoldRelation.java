package org.diplograph.evaluate;

/** One row of a gold file: a relation a careful reader takes from a document, and its status. */
public record GoldRelation(String document, String subject, String relation, String object, Status status,
    String evidence, String where) {

  /** required: must be asserted; optional: never counted against precision; forbidden: must not be asserted. */
  public enum Status { REQUIRED, OPTIONAL, FORBIDDEN }

  /** A forbidden row with relation {@code *} forbids every relation touching its subject. */
  public boolean isWildcard() {
    return relation.equals("*");
  }

  @Override
  public String toString() {
    return document + "  " + subject + " " + relation + " " + object + "  (" + evidence + ")";
  }
}
