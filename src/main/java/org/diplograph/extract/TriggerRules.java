package org.diplograph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplograph.io.Tsv;
import org.diplograph.resolve.EntityType;

/** The rows of {@code triggers.tsv}, checked against the ontology and indexed by lemma. */
public final class TriggerRules {
  private static final Set<String> SUBJECT_SLOTS = Set.of("nsubj", "agent", "poss", "mod", "light", "scene", "obj", "holder");

  private final Map<String, List<TriggerRule>> verbs = new HashMap<>();
  private final Map<String, List<TriggerRule>> nouns = new HashMap<>();
  private final Map<String, List<TriggerRule>> adjectives = new HashMap<>();
  private final Map<String, List<TriggerRule>> particleVerbs = new HashMap<>();
  private final List<TriggerRule> all = new ArrayList<>();
  /** Named word lists ({@code word-lists.tsv} beside a trigger file) that rows cite as {@code $name}. */
  private final Map<String, Set<String>> lists = new HashMap<>();

  private TriggerRules() {}

  /** Reads the files in order (the curated table first); a missing generated file is skipped. */
  public static TriggerRules load(List<Path> files, RelationCatalog catalog) {
    TriggerRules rules = new TriggerRules();
    for (Path file : files) {
      if (java.nio.file.Files.isRegularFile(file) || !file.getFileName().toString().startsWith("generated-")) {
        rules.read(file, catalog);
      }
    }
    return rules;
  }

  private void read(Path file, RelationCatalog catalog) {
    TriggerRules rules = this;
    Path named = file.resolveSibling("word-lists.tsv");
    if (java.nio.file.Files.isRegularFile(named)) {
      for (Tsv.Row row : Tsv.read(named, 2)) {
        lists.put(row.get(0), words(row.get(1), row));
      }
    }
    for (Tsv.Row row : Tsv.read(file, 7)) {
      EventSpec event = catalog.event(row.get(0), row.where());
      String pos = row.get(2);
      if (!pos.equals("V") && !pos.equals("N") && !pos.equals("A")) {
        throw row.error("pos must be V, N or A, not '" + pos + "'");
      }
      List<String> subjects = slots(row.get(3));
      for (String slot : subjects) {
        if (!SUBJECT_SLOTS.contains(slot) && !(slot.startsWith("@") && slot.length() > 1)) {
          throw row.error("unknown subject slot '" + slot + "' (use " + SUBJECT_SLOTS + ")");
        }
      }
      List<String> objects = slots(row.get(4));
      for (String slot : objects) {
        if (!Set.of("obj", "iobj", "victim", "patient", "xcomp", "ccomp", "scene").contains(slot)
            && !(slot.startsWith("@") && slot.length() > 1)) {
          throw row.error("unknown object slot '" + slot + "' (use obj, iobj, xcomp, ccomp, victim, patient, scene or @preposition)");
        }
      }
      double confidence;
      try {
        confidence = Double.parseDouble(row.get(5));
      } catch (NumberFormatException e) {
        throw row.error("confidence '" + row.get(5) + "' is not a number");
      }
      if (confidence <= 0 || confidence > 1) {
        throw row.error("confidence must be in (0, 1]");
      }
      Set<String> requires = row.get(6).equals("-") || row.get(6).isEmpty() ? Set.of() : words(row.get(6), row);
      String lemma = row.get(1).toLowerCase(Locale.ROOT);
      TriggerRule.Needs needs = TriggerRule.Needs.ANY;
      Set<String> targetTypes = new java.util.HashSet<>();
      Set<String> sourceTypes = new java.util.HashSet<>();
      boolean modalClause = false;
      boolean mutual = false;
      boolean aftermath = false;
      Set<String> forbids = new java.util.HashSet<>();
      for (String flag : (row.cells().size() > 9 ? row.get(9) : "-").split("\\s+")) {
        if (flag.startsWith("not:")) {
          forbids.addAll(words(flag.substring("not:".length()), row));
          continue;
        }
        if (flag.equals("clause:modal")) {
          modalClause = true;
          continue;
        }
        if (flag.equals("mutual")) {
          mutual = true;
          continue;
        }
        if (flag.equals("aftermath")) {
          aftermath = true;
          continue;
        }
        if (flag.startsWith("targets:") || flag.startsWith("sources:")) {
          Set<String> kinds = flag.startsWith("targets:") ? targetTypes : sourceTypes;
          for (String type : flag.substring("targets:".length()).split(",")) {
            kinds.add(type);
            if (!Set.of("Unresolved", "Site", "Place").contains(type)) {
              try {
                EntityType.parse(type).covered().forEach(t -> kinds.add(t.className())); // as dg:objectClass reads it
              } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
              }
            }
          }
          continue;
        }
        try {
          needs = TriggerRule.Needs.parse(flag);
        } catch (IllegalArgumentException e) {
          throw row.error(e.getMessage());
        }
      }
      TriggerRule rule = new TriggerRule(event, lemma, pos.equals("V"), subjects, objects, confidence,
          requires, forbids, needs, targetTypes, sourceTypes, modalClause, mutual, aftermath, !file.getFileName().toString().startsWith("generated-"),
          row.cells().size() > 8 ? row.get(8) : "", row.where());
      (rule.verb() ? rules.verbs : pos.equals("A") ? rules.adjectives : rules.nouns)
          .computeIfAbsent(lemma, k -> new ArrayList<>()).add(rule);
      if (rule.verb() && lemma.contains("_")) {
        // "call_off": the verb with its particle; found under the verb for parse selection
        rules.particleVerbs.computeIfAbsent(lemma.substring(0, lemma.indexOf('_')), k -> new ArrayList<>()).add(rule);
      }
      rules.all.add(rule);
    }
  }

  /** A '|'-separated list of words, lower-cased; {@code $name} stands for the words of a named list. */
  private Set<String> words(String cell, Tsv.Row row) {
    Set<String> out = new java.util.HashSet<>();
    for (String word : cell.toLowerCase(Locale.ROOT).split("\\|")) {
      if (!word.startsWith("$")) {
        out.add(word);
      } else if (lists.containsKey(word.substring(1))) {
        out.addAll(lists.get(word.substring(1)));
      } else {
        throw row.error("no word list '" + word.substring(1) + "' in word-lists.tsv");
      }
    }
    return Set.copyOf(out);
  }

  private static List<String> slots(String cell) {
    List<String> out = new ArrayList<>();
    for (String slot : cell.split("\\s+")) {
      if (!slot.isEmpty() && !slot.equals("-")) {
        out.add(slot);
      }
    }
    return out;
  }

  public List<TriggerRule> forVerb(String lemma) {
    return verbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  /** The rows of a verb written with a particle ("call_off" for "call"): whatever its particle. */
  public List<TriggerRule> forVerbWithAnyParticle(String lemma) {
    return particleVerbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  public List<TriggerRule> forNoun(String lemma) {
    return nouns.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  /** The rows of an adjective, by its word ("disappointed", "critical"), whatever the tagger calls it. */
  public List<TriggerRule> forAdjective(String word) {
    return adjectives.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
  }

  public Collection<TriggerRule> all() {
    return List.copyOf(all);
  }
}
