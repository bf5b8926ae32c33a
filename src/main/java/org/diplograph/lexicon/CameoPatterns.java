package org.diplograph.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the whole verb section of PETRARCH's {@code CAMEO.2.0.txt}: each synset's member verbs
 * (with their own default code where they have one) and its phrase patterns ({@code - * (AGAINST
 * &REBEL) [190]}), and the noun synonym sets ({@code &CURRENCY}) the patterns refer to.
 */
public final class CameoPatterns {
  private static final Pattern HEADER = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\].*");
  private static final Pattern MEMBER = Pattern.compile("^(\\+?)([A-Z][A-Z_'-]*)\\s*(?:\\{[^}]*\\})?\\s*(?:\\[([0-9:]+)[^\\]]*\\])?.*");
  private static final Pattern PATTERN = Pattern.compile("^-\\s+(.*?)\\s*\\[([^\\]]*)\\].*");

  /** A member verb: lemma, the preposition of a {@code +SIDE_WITH} form (or null), default code (or null). */
  public record Verb(String lemma, String preposition, String code) {}

  /** A pattern: the words after the verb as written, and its code. */
  public record Phrase(String words, String code) {}

  /** One synset: name, header code, members, patterns. */
  public record Synset(String name, String code, List<Verb> verbs, List<Phrase> phrases) {}

  /** The synsets in file order and the noun synonym sets by name ({@code &CURRENCY}). */
  public record Dictionary(List<Synset> synsets, Map<String, List<String>> nounSets) {}

  private CameoPatterns() {}

  public static Dictionary read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Map<String, List<String>> nounSets = new LinkedHashMap<>();
    List<Synset> synsets = new ArrayList<>();
    String set = null;
    Synset current = null;
    boolean verbs = false;
    for (String raw : lines) {
      String line = (raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw).strip();
      if (raw.startsWith("####### VERB PATTERNS")) {
        verbs = true;
        continue;
      }
      if (!verbs) {
        if (line.startsWith("&")) {
          set = line.split("\\s+")[0];
          nounSets.put(set, new ArrayList<>());
        } else if (set != null && line.startsWith("+")) {
          nounSets.get(set).add(line.substring(1).split("\\s+")[0]);
        } else if (line.isEmpty()) {
          set = null;
        }
        continue;
      }
      Matcher header = HEADER.matcher(line);
      if (header.matches()) {
        current = new Synset(header.group(1), code(header.group(2)), new ArrayList<>(), new ArrayList<>());
        synsets.add(current);
        continue;
      }
      if (current == null || line.isEmpty()) {
        continue;
      }
      Matcher pattern = PATTERN.matcher(line);
      if (pattern.matches()) {
        String code = code(pattern.group(2));
        if (code != null) {
          current.phrases().add(new Phrase(pattern.group(1), code));
        }
        continue;
      }
      Matcher member = MEMBER.matcher(line);
      if (member.matches()) {
        String word = member.group(2).toLowerCase(Locale.ROOT);
        String code = member.group(3) != null ? code(member.group(3)) : null;
        if (member.group(1).isEmpty()) {
          current.verbs().add(new Verb(word, null, code));
        } else {
          String[] parts = word.split("_");
          if (parts.length == 2 && Prepositions.ALL.contains(parts[1])) {
            current.verbs().add(new Verb(parts[0], parts[1], code));
          }
        }
      }
    }
    return new Dictionary(synsets, nounSets);
  }

  /** "061:061" is 061; "---" and empty are no code. */
  private static String code(String text) {
    String c = text.strip().split(":")[0].strip();
    return c.isEmpty() || c.startsWith("-") ? null : c;
  }

  /** The prepositions a CAMEO pattern may put after the verb. */
  static final class Prepositions {
    static final java.util.Set<String> ALL = java.util.Set.of("with", "to", "against", "for", "on", "at", "in", "into",
        "from", "of", "over", "upon", "about", "toward", "towards", "by", "onto", "between", "among", "off", "out");

    private Prepositions() {}
  }
}
