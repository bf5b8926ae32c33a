package org.diplograph.extract;

import edu.stanford.nlp.semgraph.semgrex.SemgrexParseException;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads {@code constructions.semgrex}: blocks of {@code key<TAB>value} lines separated by blank
 * lines, with keys {@code relation}, {@code confidence}, {@code pattern} and {@code example}.
 * Each pattern is compiled at load; a bad one fails with its file and line.
 */
public record ConstructionRules(List<ConstructionRule> rules) {
  public ConstructionRules {
    rules = List.copyOf(rules);
  }

  public static ConstructionRules load(Path file, RelationCatalog catalog) {
    if (!Files.isRegularFile(file)) {
      return new ConstructionRules(List.of());
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<ConstructionRule> rules = new ArrayList<>();
    Map<String, String> block = new HashMap<>();
    int blockLine = 0;
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i) : "";
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isBlank()) {
        if (!block.isEmpty()) {
          rules.add(rule(block, file.getFileName() + ":" + blockLine, catalog));
          block = new HashMap<>();
        }
        continue;
      }
      if (block.isEmpty()) {
        blockLine = i + 1;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException(file.getFileName() + ":" + (i + 1) + ": expected 'key<TAB>value'");
      }
      block.put(line.substring(0, tab).trim(), line.substring(tab + 1).trim());
    }
    return new ConstructionRules(rules);
  }

  private static ConstructionRule rule(Map<String, String> block, String where, RelationCatalog catalog) {
    for (String key : List.of("relation", "confidence", "pattern")) {
      if (!block.containsKey(key)) {
        throw new IllegalArgumentException(where + ": rule lacks '" + key + "'");
      }
    }
    RelationSpec relation = catalog.require(block.get("relation"), where);
    SemgrexPattern pattern;
    try {
      pattern = SemgrexPattern.compile(block.get("pattern"));
    } catch (SemgrexParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": bad Semgrex pattern: " + e.getMessage(), e);
    }
    String text = block.get("pattern");
    boolean pair = text.contains("=pair");
    if (!text.contains("=trigger") || (!pair && (!text.contains("=subject") || !text.contains("=object")))) {
      throw new IllegalArgumentException(where + ": the pattern must name =trigger and =subject/=object (or =pair)");
    }
    double confidence;
    try {
      confidence = Double.parseDouble(block.get("confidence"));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": confidence is not a number");
    }
    return new ConstructionRule(relation, confidence, pattern, block.getOrDefault("example", ""), where);
  }
}
