package org.diplograph.clean;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.corpus.Article;

/**
 * Separates article text from page furniture and reads the document's date and title.
 *
 * <p>Nothing is deleted: removed characters become spaces, so the annotator's offsets stay offsets
 * into the original file. Every line break stays a sentence break for the annotator, so a headline
 * without a full stop never fuses with the sentence below it; the exception is a hard-wrapped
 * file, whose wrapped lines are joined back into paragraphs first.
 */
public final class ArticleCleaner {
  private static final Pattern DATE_LINE =
      Pattern.compile("\\A[ \\t]*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*");
  private static final Pattern DATE_IN_NAME = Pattern.compile("(?:^|/)(\\d{4}-\\d{2}-\\d{2})[^/]*$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)]?\\s");
  /** The article has started once a line of this many words was kept. */
  private static final int PARAGRAPH_WORDS = 15;
  private static final int HEADLINE_MAX_WORDS = 30;

  private final BoilerplateRules rules;

  public ArticleCleaner(BoilerplateRules rules) {
    this.rules = rules;
  }

  public CleanArticle clean(Article article) {
    char[] text = article.text().toCharArray();
    blankControlCharacters(text);
    Optional<LocalDate> date = Optional.empty();
    Matcher dateLine = DATE_LINE.matcher(article.text());
    if (dateLine.find()) {
      date = parseDate(dateLine.group(1));
      blank(text, dateLine.start(), dateLine.end());
    }
    if (date.isEmpty()) {
      Matcher inName = DATE_IN_NAME.matcher(article.id());
      if (inName.find()) {
        date = parseDate(inName.group(1));
      }
    }
    String title = dropFurniture(text);
    if (isHardWrapped(text)) {
      unwrap(text);
    }
    String cleaned = new String(text);
    return new CleanArticle(article, cleaned, date, title != null ? title : fallbackTitle(cleaned));
  }

  /** Blanks furniture lines in place; returns the first kept line if it reads as a headline. */
  private String dropFurniture(char[] text) {
    Set<String> seen = new HashSet<>();
    boolean started = false;
    boolean ended = false;
    String title = null;
    boolean firstKept = true;
    int start = 0;
    while (start <= text.length) {
      int end = start;
      while (end < text.length && text[end] != '\n') {
        end++;
      }
      String line = new String(text, start, end - start).strip();
      if (!line.isEmpty()) {
        BoilerplateRules.Rule rule = ended ? null : rules.match(line);
        if (rule != null && rule.action() == BoilerplateRules.Action.END && started) {
          ended = true;
        }
        boolean drop = ended
            || (rule != null && rule.action() == BoilerplateRules.Action.DROP)
            || !seen.add(line.toLowerCase(java.util.Locale.ROOT));
        if (drop) {
          blank(text, start, end);
        } else {
          int words = line.split("\\s+").length;
          if (firstKept && words <= HEADLINE_MAX_WORDS && !endsSentence(line)) {
            title = line;
          }
          firstKept = false;
          started |= words >= PARAGRAPH_WORDS;
        }
      }
      start = end + 1;
    }
    return title;
  }

  private static boolean endsSentence(String line) {
    char last = line.charAt(line.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '"' || last == '”';
  }

  /** Lines broken at a fixed width: most lines are 55-100 characters and few end a sentence. */
  static boolean isHardWrapped(char[] text) {
    int lines = 0;
    int wrappedLike = 0;
    int start = 0;
    for (int i = 0; i <= text.length; i++) {
      if (i == text.length || text[i] == '\n') {
        String line = new String(text, start, i - start).strip();
        if (!line.isEmpty()) {
          lines++;
          if (line.length() >= 55 && line.length() <= 100 && !endsSentence(line)) {
            wrappedLike++;
          }
        }
        start = i + 1;
      }
    }
    return lines >= 6 && wrappedLike * 10 >= lines * 6;
  }

  /** Joins wrapped lines of a paragraph; a blank line still separates paragraphs. */
  private static void unwrap(char[] text) {
    int previousBreak = -1;
    boolean previousLineBlank = true;
    int start = 0;
    for (int i = 0; i <= text.length; i++) {
      if (i == text.length || text[i] == '\n') {
        boolean blankLine = new String(text, start, i - start).isBlank();
        if (previousBreak >= 0 && !previousLineBlank && !blankLine) {
          text[previousBreak] = ' ';
        }
        previousLineBlank = blankLine;
        previousBreak = i;
        start = i + 1;
      }
    }
  }

  /**
   * A stray BEL or form feed in a scraped article is no text, and XML 1.0 cannot carry it (the
   * RDF/XML export of a sentence holding one would fail): it becomes a space, keeping offsets.
   */
  private static void blankControlCharacters(char[] text) {
    for (int i = 0; i < text.length; i++) {
      char c = text[i];
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF') {
        text[i] = ' ';
      }
    }
  }

  private static void blank(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text[i] != '\n') {
        text[i] = ' ';
      }
    }
  }

  private static String fallbackTitle(String cleaned) {
    String first = cleaned.strip();
    int lineEnd = first.indexOf('\n');
    if (lineEnd >= 0) {
      first = first.substring(0, lineEnd).strip();
    }
    Matcher end = SENTENCE_END.matcher(first + " ");
    if (end.find() && end.start() < 200) {
      return first.substring(0, end.start() + 1);
    }
    return first.length() <= 120 ? first : first.substring(0, 120).strip() + "…";
  }

  private static Optional<LocalDate> parseDate(String iso) {
    try {
      return Optional.of(LocalDate.parse(iso));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
