package org.diplograph.events;

import java.util.Set;

/**
 * Whether two mentions may report one event, and why or why not. The rules, in order: the same
 * PLOVER type; modes that do not differ; no mode that excludes a place against a place; places that
 * agree; overlapping participants; dates within the type's window.
 */
public final class Compatibility {
  private final MergeRules rules;
  private final Actors actors;
  private final Set<String> mutualTypes;

  /** @param mutualTypes event classes whose participants act with each other (dg:mutual): roles do not count */
  public Compatibility(MergeRules rules, Actors actors, Set<String> mutualTypes) {
    this.rules = rules;
    this.actors = actors;
    this.mutualTypes = Set.copyOf(mutualTypes);
  }

  /**
   * The outcome of comparing two mentions.
   *
   * @param exact  participants that are the very same actor
   * @param gap    days between the date ranges (0 when either is unknown)
   */
  public record Verdict(boolean joins, String reason, int exact, long gap) {
    static Verdict no(String reason) {
      return new Verdict(false, reason, 0, 0);
    }
  }

  public Verdict compare(MentionFacts a, MentionFacts b) {
    if (!a.type().equals(b.type())) {
      return Verdict.no("types differ (" + a.type() + ", " + b.type() + ")");
    }
    String type = a.type();
    if (a.mode() != null && b.mode() != null && !a.mode().equals(b.mode())) {
      return Verdict.no("modes differ (" + a.mode() + ", " + b.mode() + ")");
    }
    if ((rules.placeless(type, a.mode()) && b.place() != null) || (rules.placeless(type, b.mode()) && a.place() != null)) {
      String mode = a.mode() != null ? a.mode() : b.mode();
      return Verdict.no("a " + mode + " " + type + " is never one with a meeting at a place ("
          + rules.where("apart " + type + "/" + mode) + ")");
    }
    if (!actors.placesAgree(a.place(), b.place())) {
      return Verdict.no("places conflict (" + a.place() + ", " + b.place() + ")");
    }
    Overlap overlap = overlap(a, b, mutualTypes.contains(type));
    if (overlap.needed() == 0) {
      return Verdict.no("no resolved participant on " + (a.participants().isEmpty() ? "the first" : "the second"));
    }
    if (overlap.exact() == 0 || overlap.shared() < overlap.needed()) {
      return Verdict.no("participants do not overlap enough (" + overlap.shared() + " of " + overlap.needed()
          + " needed shared, " + overlap.exact() + " the same actor)");
    }
    DateRange ra = a.dateRange(rules.lookbackDays());
    DateRange rb = b.dateRange(rules.lookbackDays());
    long gap = ra == null || rb == null ? 0 : ra.gap(rb);
    int window = rules.window(type);
    if (gap > window) {
      return Verdict.no("dates " + ra + " and " + rb + " are " + gap + " days apart, more than the " + window
          + "-day window for " + type + " (" + rules.where("window " + type) + ")");
    }
    String dates = ra == null || rb == null ? "one date unknown" : "dates " + ra + " and " + rb + " " + gap
        + " days apart";
    String reason = "same type " + type + (a.mode() != null || b.mode() != null ? " (mode "
        + (a.mode() != null ? a.mode() : b.mode()) + ")" : "") + "; " + overlap.shared() + " participant(s) shared"
        + (mutualTypes.contains(type) ? "" : " in the same roles") + "; " + dates + ", within the " + window
        + "-day window (" + rules.where("window " + type) + "); places "
        + (a.place() == null && b.place() == null ? "not given" : a.place() + " / " + b.place()) + " agree";
    return new Verdict(true, reason, overlap.exact(), gap);
  }

  /**
   * Participants in common: the smaller side's participants, up to two, must all be found on the
   * other side; at least one as the very same actor (a person counting for their state is not
   * enough on its own). For directed types a source only matches a source and a target a target,
   * so "Russia accused Ukraine" and "Ukraine accused Russia" stay apart.
   */
  private record Overlap(int shared, int exact, int needed) {}

  private Overlap overlap(MentionFacts a, MentionFacts b, boolean mutual) {
    int needed = Math.min(2, Math.min(a.participants().size(), b.participants().size()));
    if (needed == 0) {
      return new Overlap(0, 0, 0);
    }
    if (mutual) {
      return new Overlap(Math.min(matched(a.participants(), b.participants()), matched(b.participants(), a.participants())),
          (int) a.participants().stream().filter(b.participants()::contains).count(), needed);
    }
    int shared = Math.min(matched(a.sources(), b.sources()) + matched(a.targets(), b.targets()),
        matched(b.sources(), a.sources()) + matched(b.targets(), a.targets()));
    int exact = (int) (a.sources().stream().filter(b.sources()::contains).count()
        + a.targets().stream().filter(b.targets()::contains).count());
    return new Overlap(shared, exact, needed);
  }

  private int matched(java.util.Collection<String> from, java.util.Collection<String> in) {
    return (int) from.stream().filter(x -> in.stream().anyMatch(y -> actors.matches(x, y))).count();
  }

  /** True when {@code type} is a mutual class. */
  public boolean mutual(String type) {
    return mutualTypes.contains(type);
  }

}
