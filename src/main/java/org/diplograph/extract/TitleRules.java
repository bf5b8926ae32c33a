package org.diplograph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.diplograph.io.Tsv;

/** The rows of {@code titles.tsv}. */
public record TitleRules(List<TitleRule> rules, int longestTitle) {
  public TitleRules {
    rules = List.copyOf(rules);
  }

  public static TitleRules load(Path file, RelationCatalog catalog) {
    List<TitleRule> rules = new ArrayList<>();
    int longest = 1;
    for (Tsv.Row row : Tsv.read(file, 4)) {
      RelationSpec relation = null;
      if (!row.get(1).equals("-")) {
        relation = catalog.require(row.get(1), row.where());
        if (!relation.role()) {
          throw row.error("'" + relation.name() + "' is not a role relation (a subproperty of dg:roleRelation)");
        }
      }
      TitleRule.Affiliate affiliate;
      try {
        affiliate = TitleRule.Affiliate.valueOf(row.get(2).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("affiliate must be State, Organisation or Any");
      }
      Set<String> variants = new HashSet<>();
      for (String variant : row.get(0).split("\\|")) {
        String key = key(variant);
        longest = Math.max(longest, key.split("[ -]").length * 2);
        variants.add(key);
      }
      rules.add(new TitleRule(variants, relation, affiliate, Double.parseDouble(row.get(3)), row.where()));
    }
    return new TitleRules(rules, longest);
  }

  /**
   * A title's comparison key: lower case, single spaces, no spaces around hyphens, so that the
   * tokens "President - elect" and the row's "president-elect" meet.
   */
  static String key(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll(" ?- ?", "-").strip();
  }

  /** The words of a title key, for building the set of words titles are made of. */
  static List<String> words(String key) {
    return List.of(key.split("[ -]"));
  }
}
