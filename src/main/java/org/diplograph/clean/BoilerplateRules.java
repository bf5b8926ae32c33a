package org.diplograph.clean;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.diplograph.io.Tsv;

/** The line rules of {@code ontology/cleaning/boilerplate.tsv}, compiled and checked at load. */
public record BoilerplateRules(List<Rule> rules) {
  public enum Action { END, DROP }

  public record Rule(Action action, Pattern pattern, String source) {}

  public BoilerplateRules {
    rules = List.copyOf(rules);
  }

  public static BoilerplateRules load(Path file) {
    List<Rule> rules = new ArrayList<>();
    for (Tsv.Row row : Tsv.read(file, 2)) {
      Action action = switch (row.get(0)) {
        case "end" -> Action.END;
        case "drop" -> Action.DROP;
        default -> throw row.error("unknown action '" + row.get(0) + "'");
      };
      try {
        rules.add(new Rule(action,
            Pattern.compile(row.get(1), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), row.where()));
      } catch (PatternSyntaxException e) {
        throw row.error("bad pattern: " + e.getDescription());
      }
    }
    return new BoilerplateRules(rules);
  }

  /** The first rule whose pattern matches the whole trimmed line, or null. */
  public Rule match(String trimmedLine) {
    for (Rule rule : rules) {
      if (rule.pattern().matcher(trimmedLine).matches()) {
        return rule;
      }
    }
    return null;
  }
}
