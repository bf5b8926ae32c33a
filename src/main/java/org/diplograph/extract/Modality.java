package org.diplograph.extract;

import java.util.Locale;

/** How a sentence presents a relation. Ordered from weakest to strongest departure from fact. */
public enum Modality {
  ASSERTED,
  REPORTED,
  HEDGED,
  INTENDED,
  NEGATED;

  /** The ontology individual's local name: {@code dg:asserted}. */
  public String localName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Modality parse(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }

  public Modality strongest(Modality other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
