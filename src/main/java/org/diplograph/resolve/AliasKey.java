package org.diplograph.resolve;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.diplograph.annotate.Token;

/**
 * The lookup key of a name: lower case, curly apostrophes straightened, a hyphen counted as a
 * space ("al-Assad" = "al Assad", "Kim Jong-un" = "Kim Jong Un"), one space between words, none
 * before a possessive. The tokenizer splits "US-Russia" and "People's" differently from how
 * people type them in a gazetteer; both sides meet in this key.
 */
public final class AliasKey {
  // Compiled once, and skipped when they cannot match: keys are made for every token span of every
  // document, and three String.replaceAll calls each time were a third of a rebuild's time.
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern POSSESSIVE = Pattern.compile(" 's\\b");

  private AliasKey() {}

  public static String of(String text) {
    String key = text.toLowerCase(Locale.ROOT)
        .replace('’', '\'').replace('‘', '\'')
        .replace('–', ' ').replace('—', ' ').replace('-', ' ');
    if (needsPatterns(key)) {
      key = SPACES.matcher(key).replaceAll(" ");
      key = POSSESSIVE.matcher(key).replaceAll("'s");
    }
    return key.strip();
  }

  /** Whether any of the patterns could change the text; most names are words and single spaces. */
  private static boolean needsPatterns(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        return true;
      }
      if (c == ' ' && i + 1 < text.length() && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\'')) {
        return true;
      }
    }
    return false;
  }

  public static String of(List<Token> tokens, int start, int end) {
    StringBuilder text = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (i > start) {
        text.append(' ');
      }
      text.append(tokens.get(i).word());
    }
    return of(text.toString());
  }
}
