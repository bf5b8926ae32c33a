package org.diplograph.extract;

import java.util.Set;

/**
 * One row of {@code titles.tsv}: title variants as keys (see {@link TitleRules#key}), the role
 * they give (null for titles that give none, such as "president-elect") and what the role is of.
 */
public record TitleRule(Set<String> variants, RelationSpec relation, Affiliate affiliate,
    double confidence, String source) {

  /** What kind of actor a role is of. */
  public enum Affiliate { STATE, ORGANISATION, ANY }

  public TitleRule {
    variants = Set.copyOf(variants);
  }
}
