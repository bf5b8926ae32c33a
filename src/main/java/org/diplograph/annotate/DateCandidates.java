package org.diplograph.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which sentences may hold a date, so SUTime runs only there: it costs about as much as the rest of
 * the entity tagging together, and most sentences have no date. A sentence is a candidate if a
 * token has a digit or is one of the words SUTime builds dates from (months, weekdays, "yesterday",
 * "last week", seasons, holidays, "ago", ...). Measured on 40 Guardian articles: about a third of
 * the sentences are candidates, and every date with a calendar value that SUTime finds in the other
 * sentences is also found here (docs/annotation.md).
 */
public final class DateCandidates {
  /** Changes with the word list: part of the annotation fingerprint. */
  static final String VERSION = "date-candidates-1";

  private static final Set<String> WORDS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
      "today", "yesterday", "tomorrow", "tonight", "overnight", "now", "currently", "recently", "nowadays",
      "day", "days", "daily", "week", "weeks", "weekly", "weekend", "weekends", "fortnight", "month", "months",
      "monthly", "year", "years", "yearly", "annual", "annually", "decade", "decades", "century", "centuries",
      "millennium", "quarter", "quarters", "season", "seasons", "spring", "summer", "autumn", "fall", "winter",
      "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights", "midnight",
      "noon", "midday", "dawn", "dusk", "ago", "past", "present", "future", "eve",
      "christmas", "easter", "ramadan", "eid", "thanksgiving", "hanukkah", "holiday", "holidays", "new",
      "hour", "hours", "minute", "minutes", "o'clock", "am", "pm", "a.m", "p.m");

  private DateCandidates() {}

  /** True if some token of the sentence (its words, as CoreNLP tokenized them) may start or be part of a date. */
  public static boolean mayHoldDate(List<String> words) {
    for (String word : words) {
      if (isDateWord(word)) {
        return true;
      }
    }
    return false;
  }

  static boolean isDateWord(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1); // "Sept." "a.m."
    }
    return WORDS.contains(w);
  }
}
