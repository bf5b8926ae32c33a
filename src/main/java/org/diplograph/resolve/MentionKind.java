package org.diplograph.resolve;

/** How a span of text refers to an entity; it sets how much a relation built on it is trusted. */
public enum MentionKind {
  /** A name or alias: "Xi Jinping", "President Xi", "PRC". */
  NAME(1.0),
  /** A place that stands for the actor: "Moscow", "the Kremlin", "Washington". */
  METONYM(0.9),
  /** A nationality adjective: "Chinese" in "Chinese goods". */
  DEMONYM(0.85),
  /** A place as a place: "Beijing" in "the meeting in Beijing". */
  PLACE(1.0),
  /** A surname or partial name linked to a full name elsewhere in the document. */
  PARTIAL_NAME(0.95),
  /**
   * An office named for its holder: "the prime minister", "Iran's foreign minister", "his Chinese
   * counterpart", linked to whoever held it on the article's date ({@link OfficeLinker}).
   */
  OFFICE(0.85);

  private final double confidence;

  MentionKind(double confidence) {
    this.confidence = confidence;
  }

  public double confidence() {
    return confidence;
  }
}
