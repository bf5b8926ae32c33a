package org.diplograph.extract;

import java.util.List;

/**
 * One row of {@code titles.tsv}: title words (as lower-case token sequences), the role they give
 * (null for titles that give none, such as "president-elect") and what the role is of.
 */
public record TitleRule(List<List<String>> variants, RelationSpec relation, Affiliate affiliate,
    double confidence, String source) {

  /** What kind of actor a role is of. */
  public enum Affiliate { STATE, ORGANISATION, ANY }

  public TitleRule {
    variants = variants.stream().map(List::copyOf).toList();
  }
}
