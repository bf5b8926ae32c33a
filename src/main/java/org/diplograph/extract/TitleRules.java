package org.diplograph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
      List<List<String>> variants = new ArrayList<>();
      for (String variant : row.get(0).split("\\|")) {
        List<String> words = tokens(variant);
        longest = Math.max(longest, words.size());
        variants.add(words);
      }
      rules.add(new TitleRule(variants, relation, affiliate, Double.parseDouble(row.get(3)), row.where()));
    }
    return new TitleRules(rules, longest);
  }

  /** Splits a title as the tokenizer does: words, with hyphenated words kept whole. */
  static List<String> tokens(String title) {
    List<String> words = new ArrayList<>();
    for (String w : title.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }
}
