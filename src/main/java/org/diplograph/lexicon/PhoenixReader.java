package org.diplograph.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH's actor dictionaries ({@code Phoenix.Countries.actors.txt},
 * {@code Phoenix.International.actors.txt}): a name line starts a block, {@code +NAME} lines add
 * aliases, {@code [CODE dates]} gives dated roles (on the name line or on indented lines after),
 * {@code #} starts a comment, {@code {...}} lists irregular forms (dropped here).
 */
public final class PhoenixReader {
  private static final Pattern COUNTRY = Pattern.compile("^(\\S+)\\s+\\[([A-Z]{3})\\]\\s*$");
  /** A state whose code changed (Eritrea was part of Ethiopia): its own code comes with a date. */
  private static final Pattern DATED_COUNTRY = Pattern.compile("\\[([A-Z]{3})\\s+[<>]?\\d{6}[^\\]]*\\]");
  private static final Pattern CODE = Pattern.compile("\\[([A-Z~][A-Z0-9~]*)[^\\]]*\\]");
  private static final Pattern ROLE = Pattern.compile("\\[([A-Z][A-Z0-9]*)\\s*([^\\]]*)\\]");

  private PhoenixReader() {}

  public static List<PhoenixEntry> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<PhoenixEntry> entries = new ArrayList<>();
    Block block = null;
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      String line = stripComment(raw);
      if (line.isBlank()) {
        continue;
      }
      boolean indented = Character.isWhitespace(raw.charAt(0));
      Matcher country = COUNTRY.matcher(line.strip());
      if (!indented && !line.startsWith("+") && !line.startsWith("[")) {
        if (block != null) {
          entries.add(block.build());
        }
        String head = line.strip();
        block = country.matches()
            ? new Block(country.group(1), country.group(2), i + 1)
            : new Block(head.replaceAll("\\[.*", "").strip(), null, i + 1);
        codes(head, block);
      } else if (block != null && line.startsWith("+")) {
        block.aliases.add(line.substring(1).replaceAll("\\{.*?\\}|\\{.*", "").strip());
      } else if (block != null) {
        codes(line, block);
      }
    }
    if (block != null) {
      entries.add(block.build());
    }
    return entries;
  }

  private static void codes(String text, Block block) {
    Matcher dated = DATED_COUNTRY.matcher(text);
    while (dated.find()) {
      block.datedCountry = dated.group(1); // the last one listed is the current code: [ETHERI <910424] [ERI >930427]
    }
    Matcher role = ROLE.matcher(text);
    while (role.find()) {
      block.roles.add((role.group(1) + " " + role.group(2).replace(" ", "")).strip());
    }
    Matcher m = CODE.matcher(text);
    while (m.find()) {
      if (block.iso == null || !m.group(1).equals(block.iso)) {
        block.codes.add(m.group(1));
      }
    }
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash >= 0 ? line.substring(0, hash) : line;
  }

  private static final class Block {
    final String name;
    final String iso;
    final int line;
    final List<String> aliases = new ArrayList<>();
    final List<String> codes = new ArrayList<>();
    final List<String> roles = new ArrayList<>();
    String datedCountry;

    Block(String name, String iso, int line) {
      this.name = name;
      this.iso = iso;
      this.line = line;
    }

    PhoenixEntry build() {
      String code = iso;
      if (code == null && datedCountry != null && codes.stream().anyMatch(c -> c.equals(datedCountry))) {
        code = datedCountry;
      }
      List<String> others = code == null ? codes : codes.stream().filter(c -> !c.equals(iso) && !(iso == null
          && c.length() == 3)).toList();
      return new PhoenixEntry(name, code, aliases, others, line, iso == null && code != null, roles);
    }
  }
}
