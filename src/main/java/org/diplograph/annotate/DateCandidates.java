package org.diplograph.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which words may be part of a date with a calendar value (a year, month, ISO week or day, the
 * only dates the event rules use), so that SUTime, which costs about as much as the rest of the
 * entity tagging together, runs only near them ({@link DateWindows}): month and weekday names,
 * "yesterday", "last week", "two days later", "a century ago", holidays, years, 12/05/2019. Checked
 * on 100 Guardian articles: every one of SUTime's 1,268 calendar-valued DATE tokens in them is
 * found through these words (docs/annotation.md).
 */
public final class DateCandidates {
  /** Changes with the word list and with the windows' tagger settings: part of the annotation fingerprint. */
  static final String VERSION = "date-candidates-3";

  /** Words a date with a calendar value (a year, month, week or day) is made of. */
  private static final Set<String> CALENDAR = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
      "today", "yesterday", "tomorrow", "tonight", "day", "days", "week", "weeks", "weekend", "fortnight", "month",
      "months", "year", "years", "decade", "decades", "century", "centuries", "millennium", "hour", "hours",
      "minute", "minutes", "ago", "later", "earlier", "coming", "sunrise", "sunset", "dawn", "dusk",
      "christmas", "easter", "thanksgiving", "halloween", "eve");
  private static final java.util.regex.Pattern CALENDAR_NUMBER =
      java.util.regex.Pattern.compile("(?:1\\d{3}|2\\d{3})s?|.*\\d[/.-]\\d.*|'\\d\\ds?");

  private DateCandidates() {}

  /** A word that may be part of a date with a calendar value: a month, weekday, "last week", a year, 12/05/2019. */
  public static boolean isCalendarWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return CALENDAR.contains(w) || CALENDAR_NUMBER.matcher(w).matches();
  }

}
