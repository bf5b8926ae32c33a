package org.diplograph.events;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a mention may report the same event as others, and why or why not. Hard conditions hold
 * against every mention of the event: the same PLOVER type, modes that do not differ, no mode that
 * excludes a place against a place, places that agree, dates within the type's window. Participants
 * are compared with the event's participants taken together.
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
   * The outcome of a comparison.
   *
   * @param exact  participants that are the very same actor
   * @param gap    days between the date ranges (0 when either is unknown)
   */
  public record Verdict(boolean joins, String reason, int exact, long gap) {
    static Verdict no(String reason) {
      return new Verdict(false, reason, 0, 0);
    }
  }

  /** Two mentions on their own: the hard conditions, then their participants. */
  public Verdict compare(MentionFacts a, MentionFacts b) {
    return joins(a, List.of(b));
  }

  /**
   * Whether {@code m} may join the event made of {@code event}'s mentions: the hard conditions
   * against each of them, and participants that overlap those of the event as a whole (so "Russia"
   * alone can join talks reported elsewhere as "Lavrov met the US team"). Requiring, besides, two
   * shared participants or a text's date for links across documents was measured on the dev pairs
   * and rejected: recall fell from 0.43 to 0.14 and precision did not rise.
   */
  public Verdict joins(MentionFacts m, List<MentionFacts> event) {
    if (!event.get(0).type().equals(m.type())) {
      return Verdict.no("types differ (" + m.type() + ", " + event.get(0).type() + ")");
    }
    // participants next: most events fail there, and it is one comparison, not one per mention
    Set<String> sources = new TreeSet<>();
    Set<String> targets = new TreeSet<>();
    event.forEach(e -> {
      sources.addAll(e.sources());
      targets.addAll(e.targets());
    });
    if (rules.addressed(m.type()) && m.targets().isEmpty() != targets.isEmpty()) {
      return Verdict.no("a " + m.type() + " addressed to someone and one addressed to no one named are not known to be one ("
          + rules.where("addressed " + m.type()) + ")");
    }
    boolean stateLevel = rules.stateLevel(m.type());
    Overlap overlap = overlap(level(m.sources(), stateLevel), level(m.targets(), stateLevel), level(sources, stateLevel),
        level(targets, stateLevel), mutualTypes.contains(m.type()));
    String sharedPlace = sharedPlace(m, event);
    if (sharedPlace != null) {
      overlap = new Overlap(overlap.shared() + 1, overlap.exact() + 1, Math.max(1, overlap.needed()));
    }
    if (overlap.needed() == 0) {
      return Verdict.no("no resolved participant on " + (m.participants().isEmpty() ? "the mention" : "the event"));
    }
    if (overlap.exact() == 0 || overlap.shared() < overlap.needed()) {
      return Verdict.no("participants do not overlap enough (" + overlap.shared() + " of " + overlap.needed()
          + " needed shared, " + overlap.exact() + " the same actor)");
    }
    long gap = Long.MAX_VALUE;
    String dates = null;
    for (MentionFacts other : event) {
      Hard h = hard(m, other);
      if (h.failure != null) {
        return Verdict.no(h.failure);
      }
      if (h.gap < gap) {
        gap = h.gap;
        dates = h.dates;
      }
    }
    boolean sameDocument = event.stream().anyMatch(e -> e.document().equals(m.document()));
    String reason = "same type " + m.type() + (m.mode() != null ? " (mode " + m.mode() + ")" : "") + "; "
        + overlap.shared() + " participant(s) shared" + (mutualTypes.contains(m.type()) ? "" : " in the same roles")
        + (stateLevel ? " as states (" + rules.where("state-level " + m.type()) + ")" : "")
        + (sharedPlace != null ? ", with the place " + sharedPlace + " (" + rules.where("placed " + m.type()) + ")" : "")
        + (sameDocument ? " in a document that already reports the event" : "")
        + "; " + dates
        + (m.place() != null ? "; place " + m.place() + " agrees" : "");
    return new Verdict(true, reason, overlap.exact(), gap == Long.MAX_VALUE ? 0 : gap);
  }

  /**
   * The place below state level (a city, a town) that {@code m} and a mention of the event both
   * name, when the type's place identifies its events; else null. A state is too wide to tell
   * two attacks apart.
   */
  private String sharedPlace(MentionFacts m, List<MentionFacts> event) {
    if (!rules.placed(m.type()) || m.place() == null || actors.states().contains(m.place())) {
      return null;
    }
    return event.stream().anyMatch(e -> m.place().equals(e.place())) ? m.place() : null;
  }

  private record Hard(String failure, long gap, String dates) {}

  private Hard hard(MentionFacts a, MentionFacts b) {
    if (!a.type().equals(b.type())) {
      return new Hard("types differ (" + a.type() + ", " + b.type() + ")", 0, null);
    }
    String type = a.type();
    if (a.mode() != null && b.mode() != null && !a.mode().equals(b.mode())) {
      return new Hard("modes differ (" + a.mode() + ", " + b.mode() + ")", 0, null);
    }
    if ((rules.placeless(type, a.mode()) && b.place() != null) || (rules.placeless(type, b.mode()) && a.place() != null)) {
      String mode = a.mode() != null ? a.mode() : b.mode();
      return new Hard("a " + mode + " " + type + " is never one with a meeting at a place ("
          + rules.where("apart " + type + "/" + mode) + ")", 0, null);
    }
    if (!actors.placesAgree(a.place(), b.place())) {
      return new Hard("places conflict (" + a.place() + ", " + b.place() + ")", 0, null);
    }
    DateRange ra = rules.dateRange(a);
    DateRange rb = rules.dateRange(b);
    long gap = ra == null || rb == null ? 0 : ra.gap(rb);
    int window = rules.window(a, b);
    if (gap > window) {
      return new Hard("dates " + ra + " and " + rb + " are " + gap + " days apart, more than the " + window
          + "-day window for " + type + " (" + rules.where(rules.windowKey(a, b)) + ")", 0, null);
    }
    return new Hard(null, gap, (ra == null || rb == null ? "a date unknown" : "dates " + ra + " and " + rb + " "
        + gap + " days apart") + ", within the " + window + "-day window (" + rules.where(rules.windowKey(a, b)) + ")");
  }

  /**
   * Participants in common: the smaller side's participants, up to two, must all be found on the
   * other side; at least one as the very same actor (a person counting for their state is not
   * enough on its own). For directed types a source only matches a source and a target a target,
   * so "Russia accused Ukraine" and "Ukraine accused Russia" stay apart.
   */
  private record Overlap(int shared, int exact, int needed) {}

  private Overlap overlap(Collection<String> sourcesA, Collection<String> targetsA, Collection<String> sourcesB,
      Collection<String> targetsB, boolean mutual) {
    List<String> sa = identifying(sourcesA);
    List<String> ta = identifying(targetsA);
    List<String> sb = identifying(sourcesB);
    List<String> tb = identifying(targetsB);
    List<String> pa = union(sa, ta);
    List<String> pb = union(sb, tb);
    int needed = Math.min(2, Math.min(pa.size(), pb.size()));
    if (needed == 0) {
      return new Overlap(0, 0, 0);
    }
    if (mutual) {
      return new Overlap(Math.min(matched(pa, pb), matched(pb, pa)), (int) pa.stream().filter(pb::contains).count(), needed);
    }
    int shared = Math.min(matched(sa, sb) + matched(ta, tb), matched(sb, sa) + matched(tb, ta));
    int exact = (int) (sa.stream().filter(sb::contains).count() + ta.stream().filter(tb::contains).count());
    return new Overlap(shared, exact, needed);
  }

  /**
   * The participants as compared: at state level, each as the state it belongs to (Trump as the
   * United States), so reports naming the leader, the army or the state of one action agree.
   */
  private Collection<String> level(Collection<String> ids, boolean stateLevel) {
    return stateLevel ? ids.stream().map(actors::stateLevel).collect(java.util.stream.Collectors.toCollection(TreeSet::new)) : ids;
  }

  private static List<String> union(List<String> a, List<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /**
   * The participants that identify an event. Leaving out groups of no state ("rebels", "civilians")
   * was measured and rejected: on the dev pairs it cost more recall than it gained precision.
   */
  private List<String> identifying(Collection<String> ids) {
    return List.copyOf(ids);
  }

  private int matched(Collection<String> from, Collection<String> in) {
    return (int) from.stream().filter(x -> in.stream().anyMatch(y -> actors.matches(x, y))).count();
  }

  /** True when {@code type} is a mutual class. */
  public boolean mutual(String type) {
    return mutualTypes.contains(type);
  }
}
