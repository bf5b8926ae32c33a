package org.diplograph.resolve;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.diplograph.io.Tsv;

/**
 * Who held which office of which state, and when ({@code gazetteer/offices.tsv}), and the words
 * that name each office ({@code gazetteer/office-titles.tsv}: "foreign secretary" and "secretary of
 * state" are the foreign minister). By them "the prime minister", "Iran's foreign minister" and
 * "his Chinese counterpart" are linked to the person in office on the article's date
 * ({@link OfficeLinker}), and "President Bush" to the Bush who was president that day
 * ({@link PersonLinker}).
 */
public final class Offices {
  /** One holder's time in one office; {@code to} is null while it lasts. {@code where} is file:line. */
  public record Term(String state, String office, String holder, LocalDate from, LocalDate to, String where) {
    public boolean covers(LocalDate day) {
      return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** Days from the term to the day (0 when it covers it). */
    long distance(LocalDate day) {
      if (covers(day)) {
        return 0;
      }
      return day.isBefore(from) ? ChronoUnit.DAYS.between(day, from) : ChronoUnit.DAYS.between(to, day);
    }

    @Override
    public String toString() {
      return holder + " " + office + " of " + state + " " + from + "–" + (to == null ? "…" : to) + " (" + where + ")";
    }
  }

  public static final Offices NONE = new Offices(Map.of(), List.of());

  private final Map<String, String> officeByPhrase;
  private final List<Term> terms;
  private final int longestPhrase;
  private final java.util.Set<String> firstWords;

  Offices(Map<String, String> officeByPhrase, List<Term> terms) {
    this.officeByPhrase = Map.copyOf(officeByPhrase);
    this.terms = List.copyOf(terms);
    this.longestPhrase = officeByPhrase.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
    this.firstWords = officeByPhrase.keySet().stream().map(k -> k.split(" ")[0])
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** Whether a phrase naming an office may begin with this word: most words are ruled out at once. */
  public boolean startsPhrase(String word) {
    return firstWords.contains(AliasKey.of(word).split(" ")[0]);
  }

  /** The office a phrase names ("foreign secretary": foreign minister), by its {@link AliasKey}. */
  public Optional<String> office(String phraseKey) {
    return Optional.ofNullable(officeByPhrase.get(phraseKey));
  }

  /** The most words a phrase naming an office has. */
  public int longestPhrase() {
    return longestPhrase;
  }

  /** The terms of this office of this state that cover the day (one, unless the table overlaps). */
  public List<Term> holders(String state, String office, LocalDate day) {
    return find(t -> t.state().equals(state) && t.office().equals(office) && t.covers(day));
  }

  /**
   * The term of another holder of the same office nearest to the day: who else the words could
   * mean (the predecessor or successor), reported as the runner-up.
   */
  public Optional<Term> nearestOther(String state, String office, LocalDate day, String holder) {
    return terms.stream().filter(t -> t.state().equals(state) && t.office().equals(office) && !t.holder().equals(holder))
        .min(Comparator.comparingLong((Term t) -> t.distance(day)).thenComparing(Term::holder));
  }

  /** The offices a person held on the day. */
  public List<Term> heldBy(String holder, LocalDate day) {
    return find(t -> t.holder().equals(holder) && t.covers(day));
  }

  /** Every term a person served, as a dated role of their state (sector GOV). */
  public List<DatedRole> rolesOf(String holder) {
    return find(t -> t.holder().equals(holder)).stream()
        .map(t -> new DatedRole(t.state(), "GOV", t.from(), t.to())).toList();
  }

  /** Every term (for checks of the table against the other gazetteer files). */
  public List<Term> terms() {
    return terms;
  }

  private List<Term> find(Predicate<Term> wanted) {
    List<Term> out = new ArrayList<>();
    for (Term t : terms) {
      if (wanted.test(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** The office titles: office, |-separated phrases. */
  static Map<String, String> readTitles(Path file) {
    Map<String, String> byPhrase = new HashMap<>();
    for (Tsv.Row row : Tsv.read(file, 2)) {
      String office = row.get(0).strip();
      for (String phrase : row.get(1).split("\\|")) {
        String key = AliasKey.of(phrase);
        String before = byPhrase.putIfAbsent(key, office);
        if (before != null && !before.equals(office)) {
          throw row.error("'" + phrase + "' already names the office '" + before + "'");
        }
      }
      byPhrase.putIfAbsent(AliasKey.of(office), office);
    }
    return byPhrase;
  }

  /**
   * The terms: state, office, holder, first day, last day ('-' while in office). {@code isState}
   * and {@code isPerson} check the ids against the gazetteer; every office must have a title row.
   */
  static List<Term> readTerms(Path file, Map<String, String> officeByPhrase, Predicate<String> isState,
      Predicate<String> isPerson) {
    List<Term> terms = new ArrayList<>();
    for (Tsv.Row row : Tsv.read(file, 5)) {
      String state = row.get(0).strip();
      String office = row.get(1).strip();
      String holder = row.get(2).strip();
      if (!isState.test(state)) {
        throw row.error("'" + state + "' is no state of the gazetteer");
      }
      if (!officeByPhrase.containsValue(office)) {
        throw row.error("the office '" + office + "' has no row in office-titles.tsv");
      }
      if (!isPerson.test(holder)) {
        throw row.error("'" + holder + "' is no person of the gazetteer");
      }
      LocalDate from;
      LocalDate to;
      try {
        from = LocalDate.parse(row.get(3).strip());
        to = row.get(4).strip().equals("-") ? null : LocalDate.parse(row.get(4).strip());
      } catch (RuntimeException e) {
        throw row.error("dates are YYYY-MM-DD ('-' for a term that lasts): " + e.getMessage());
      }
      if (to != null && to.isBefore(from)) {
        throw row.error("the term ends before it begins");
      }
      terms.add(new Term(state, office, holder, from, to, row.where()));
    }
    return terms;
  }
}
