package org.diplograph.resolve;

import java.util.List;
import java.util.Locale;
import org.diplograph.annotate.Token;

/**
 * The lookup key of a name: lower case, curly apostrophes straightened, a hyphen counted as a
 * space ("al-Assad" = "al Assad", "Kim Jong-un" = "Kim Jong Un"), one space between words, none
 * before a possessive. The tokenizer splits "US-Russia" and "People's" differently from how
 * people type them in a gazetteer; both sides meet in this key.
 */
public final class AliasKey {
  private AliasKey() {}

  public static String of(String text) {
    String key = text.toLowerCase(Locale.ROOT)
        .replace('’', '\'').replace('‘', '\'')
        .replace('–', '-').replace('—', '-')
        .replace('-', ' ')
        .replaceAll("\\s+", " ")
        .replaceAll(" 's\\b", "'s")
        .strip();
    return key;
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
