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
 * Reads the verb synsets of PETRARCH's {@code CAMEO.2.0.txt}: a {@code --- NAME [code] ---} header,
 * then member verbs ({@code PRAISE}, {@code +SIDE_WITH} for a verb with its preposition, a member's
 * own {@code [code]} when it differs), then {@code - * ...} patterns (not used here: the project's
 * dependency rules find the arguments).
 */
public final class CameoVerbs {
  private static final Pattern HEADER = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\].*");
  private static final Pattern MEMBER = Pattern.compile("^(\\+?)([A-Z][A-Z_'-]*)\\s*(?:\\{[^}]*\\})?\\s*(?:\\[([0-9]+)[^\\]]*\\])?.*");

  /** A synset member: its lemma, the preposition of a "+VERB_WITH" form (or null), its code. */
  public record Member(String lemma, String preposition, String code) {}

  private CameoVerbs() {}

  public static Map<String, List<Member>> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Map<String, List<Member>> synsets = new LinkedHashMap<>();
    String synset = null;
    String synsetCode = null;
    boolean verbs = false;
    for (String raw : lines) {
      String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
      if (raw.startsWith("####### VERB PATTERNS")) {
        verbs = true;
      }
      Matcher header = HEADER.matcher(raw.strip());
      if (verbs && header.matches()) {
        synset = header.group(1);
        synsetCode = header.group(2).strip();
        synsets.put(synset, new ArrayList<>());
        continue;
      }
      if (synset == null || line.isBlank() || line.startsWith("-")) {
        continue;
      }
      Matcher member = MEMBER.matcher(line.strip());
      if (!member.matches()) {
        continue;
      }
      String word = member.group(2).toLowerCase(Locale.ROOT);
      String code = member.group(3) != null ? member.group(3) : synsetCode;
      if (member.group(1).isEmpty()) {
        synsets.get(synset).add(new Member(word, null, code));
      } else {
        String[] parts = word.split("_");
        if (parts.length == 2 && List.of("with", "to", "against", "for", "on").contains(parts[1])) {
          synsets.get(synset).add(new Member(parts[0], parts[1], code));
        }
      }
    }
    return synsets;
  }
}
