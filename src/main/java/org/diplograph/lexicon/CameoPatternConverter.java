package org.diplograph.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplograph.io.Tsv;

/**
 * Turns the whole CAMEO verb dictionary into trigger rows: each member verb's default code gives a
 * row with subject and object; each pattern gives a row that requires the pattern's words under the
 * verb (a noun set such as {@code &WEAPON} contributes all its members) and takes the argument of
 * its preposition as object. Codes become PLOVER types and modes through the CAMEO to PLOVER table
 * (with the project's overrides), and the ontology's relation when a relation lists the code and
 * shares the type. Members a synset holds in another sense are excluded as
 * {@code cameo-synsets.tsv} says.
 */
public final class CameoPatternConverter {
  private static final int MAX_REQUIRED = 40;

  /** CAMEO code to PLOVER: type ("ASSAULT") and mode ("aerial" or null). */
  public record Plover(String type, String mode) {}

  /** A relation of the ontology: its local name, its PLOVER type and its CAMEO codes. */
  public record NamedRelation(String name, String plover, Set<String> codes) {}

  private final Map<String, Plover> plover;
  private final List<NamedRelation> relations;
  private final Map<String, String> typeClasses;
  private final Map<String, Set<String>> excluded;

  /**
   * @param plover      CAMEO code to PLOVER type and mode (cameo-plover.tsv plus overrides)
   * @param relations   the ontology's event relations
   * @param typeClasses PLOVER type name to ontology class name (ASSAULT to Assault)
   * @param excluded    synset name to member lemmas that do not carry its sense
   */
  public CameoPatternConverter(Map<String, Plover> plover, List<NamedRelation> relations,
      Map<String, String> typeClasses, Map<String, Set<String>> excluded) {
    this.plover = plover;
    this.relations = relations;
    this.typeClasses = typeClasses;
    this.excluded = excluded;
  }

  /** The PLOVER table (cameo-plover.tsv) with the overrides file's rows winning. */
  public static Map<String, Plover> ploverTable(Path table, Path overrides) {
    Map<String, Plover> out = new LinkedHashMap<>();
    for (Path file : List.of(table, overrides)) {
      for (Tsv.Row row : Tsv.read(file, 3)) {
        out.put(row.get(0), new Plover(row.get(1), row.get(2).equals("-") || row.get(2).isBlank() ? null : row.get(2)));
      }
    }
    return out;
  }

  /** Synset name to excluded member lemmas, from cameo-synsets.tsv's last column. */
  public static Map<String, Set<String>> exclusions(Path file) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (Tsv.Row row : Tsv.read(file, 2)) {
      String cell = row.get(row.cells().size() - 1);
      out.put(row.get(0), cell.equals("-") ? Set.of() : Set.of(cell.toLowerCase(Locale.ROOT).split("\\|")));
    }
    return out;
  }

  public List<String> convert(CameoPatterns.Dictionary dictionary) {
    Set<String> rows = new LinkedHashSet<>();
    for (CameoPatterns.Synset synset : dictionary.synsets()) {
      Set<String> skip = excluded.getOrDefault(synset.name(), Set.of());
      for (CameoPatterns.Verb verb : synset.verbs()) {
        if (skip.contains(verb.lemma())) {
          continue;
        }
        // Only a member's own code stands for the bare verb: a synset's default code spans every
        // sense of its members (measured on the dev split: synset defaults cost 0.5 of precision).
        if (verb.code() != null) {
          String object = verb.preposition() != null ? "@" + verb.preposition() : "obj";
          row(verb.lemma(), verb.code(), object, List.of(), 0.5, "CAMEO " + synset.name(), rows);
        }
        for (CameoPatterns.Phrase phrase : synset.phrases()) {
          phraseRow(verb, phrase, dictionary.nounSets(), synset.name(), rows);
        }
      }
    }
    return new ArrayList<>(rows);
  }

  private void phraseRow(CameoPatterns.Verb verb, CameoPatterns.Phrase phrase, Map<String, List<String>> sets,
      String synset, Set<String> rows) {
    String words = phrase.words();
    int star = words.indexOf('*');
    if (star < 0) {
      return;
    }
    String after = words.substring(star + 1);
    List<String> required = new ArrayList<>();
    String preposition = verb.preposition();
    for (String token : after.replaceAll("[(){}]", " ").trim().split("\\s+")) {
      if (token.isEmpty() || token.equals("+") || token.equals("$") || token.equals("%") || token.equals("^")) {
        continue;
      }
      String word = token.toLowerCase(Locale.ROOT);
      if (token.startsWith("&")) {
        for (String member : sets.getOrDefault(token.replaceAll("[^A-Z_&]", ""), List.of())) {
          required.add(lemma(member));
        }
      } else if (preposition == null && required.isEmpty() && CameoPatterns.Prepositions.ALL.contains(word)) {
        preposition = word;
      } else if (!CameoPatterns.Prepositions.ALL.contains(word) && word.matches("[a-z_'-]+")) {
        required.add(lemma(word));
      }
    }
    if (required.isEmpty() && preposition == null) {
      return;
    }
    List<String> distinct = required.stream().filter(w -> w.length() > 1).distinct().limit(MAX_REQUIRED).toList();
    String object = preposition != null ? "@" + preposition + " obj" : "obj";
    row(verb.lemma(), phrase.code(), object, distinct, distinct.isEmpty() ? 0.55 : 0.6,
        "CAMEO " + synset + ": " + words.replaceAll("\\s+", " ").strip(), rows);
  }

  private void row(String lemma, String code, String object, List<String> required, double confidence,
      String example, Set<String> rows) {
    if (code == null || lemma.contains("_")) {
      return;
    }
    Plover p = plover.get(code);
    if (p == null) {
      return; // 01 (statements) and codes the table leaves out
    }
    String typeClass = typeClasses.get(p.type());
    if (typeClass == null) {
      return;
    }
    String event = relations.stream()
        .filter(r -> r.codes().contains(code) && r.plover().equals(p.type()))
        .map(NamedRelation::name).findFirst().orElse(typeClass);
    if (p.mode() != null) {
      event += "/" + p.mode();
    }
    String requires = required.isEmpty() ? "-" : String.join("|", required);
    rows.add(String.join("\t", event, lemma, "V", "nsubj", object, Double.toString(confidence), requires, code,
        example, "-"));
  }

  /** A crude lemma of a dictionary word: its last underscore part, singular. */
  static String lemma(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String[] parts = w.split("_");
    w = parts.length == 0 ? w : parts[parts.length - 1];
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
