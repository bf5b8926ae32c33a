package org.diplograph.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups event mentions into events. Deterministic: mentions are taken in a fixed order (the most
 * precisely dated first, then by date, document and offset), and each joins the best event it may
 * join ({@link Compatibility#joins}: type, mode, place and date agree with every mention in it);
 * otherwise it starts an event of its own. Requiring agreement with every mention, not just one,
 * keeps a vague report ("the two leaders met", no date) from chaining two different meetings into one. A mention that no other mention can
 * join ends up alone whatever else the corpus holds, so unrelated documents never move it.
 */
public final class EventMerger {
  private final Compatibility compatibility;
  private final MergeRules rules;

  public EventMerger(Compatibility compatibility, MergeRules rules) {
    this.compatibility = compatibility;
    this.rules = rules;
  }

  /** One event's mentions and, for each, why it was put there (mention IRI to reason). */
  public record Cluster(List<MentionFacts> mentions, Map<String, String> reasons) {}

  public List<Cluster> merge(List<MentionFacts> mentions) {
    List<MentionFacts> ordered = new ArrayList<>(mentions);
    ordered.sort(order());
    List<List<MentionFacts>> clusters = new ArrayList<>();
    List<Map<String, String>> reasons = new ArrayList<>();
    // only events of the mention's own type can take it: look at those alone
    Map<String, List<Integer>> byType = new java.util.HashMap<>();
    for (MentionFacts m : ordered) {
      Choice best = null;
      List<Integer> sameType = byType.computeIfAbsent(m.type(), k -> new ArrayList<>());
      for (int i : sameType) {
        Choice c = candidate(m, clusters.get(i), i);
        if (c != null && (best == null || c.compareTo(best) > 0)) {
          best = c;
        }
      }
      if (best == null) {
        sameType.add(clusters.size());
        clusters.add(new ArrayList<>(List.of(m)));
        Map<String, String> why = new LinkedHashMap<>();
        why.put(m.iri(), "started the event: no mention taken before it (more precisely dated, or earlier) could be "
            + "the same event");
        reasons.add(why);
      } else {
        clusters.get(best.index).add(m);
        reasons.get(best.index).put(m.iri(), "joined the event of " + best.nearest.iri() + " ("
            + (clusters.get(best.index).size() - 1) + " mention(s) before it): " + best.reason);
      }
    }
    List<Cluster> out = new ArrayList<>();
    for (int i = 0; i < clusters.size(); i++) {
      out.add(new Cluster(List.copyOf(clusters.get(i)), Map.copyOf(reasons.get(i))));
    }
    return out;
  }

  /**
   * A cluster {@code m} may join, scored: a cluster its own document already reports comes first
   * (a document rarely tells two events of one type between the same actors), then more participants
   * that are the very same actor, then the smaller date gap, then the nearer mention in the same
   * document, then the earlier cluster.
   */
  private record Choice(int index, boolean sameDocument, int exact, long gap, int distance, MentionFacts nearest,
      String reason) implements Comparable<Choice> {
    @Override
    public int compareTo(Choice o) {
      return Comparator.comparing(Choice::sameDocument)
          .thenComparingInt(Choice::exact)
          .thenComparing(Choice::gap, Comparator.reverseOrder())
          .thenComparing(Choice::distance, Comparator.reverseOrder())
          .thenComparing(Choice::index, Comparator.reverseOrder())
          .compare(this, o);
    }
  }

  private Choice candidate(MentionFacts m, List<MentionFacts> cluster, int index) {
    Compatibility.Verdict v = compatibility.joins(m, cluster);
    if (!v.joins()) {
      return null;
    }
    MentionFacts nearest = null;
    int distance = Integer.MAX_VALUE;
    for (MentionFacts other : cluster) {
      int d = other.document().equals(m.document()) ? Math.abs(other.begin() - m.begin()) : Integer.MAX_VALUE;
      if (nearest == null || d < distance) {
        nearest = other;
        distance = d;
      }
    }
    boolean sameDocument = distance != Integer.MAX_VALUE;
    return new Choice(index, sameDocument, v.exact(), v.gap(), distance, nearest, v.reason());
  }

  private Comparator<MentionFacts> order() {
    return Comparator.comparingInt(MentionFacts::dateRank)
        .thenComparing(m -> width(m))
        .thenComparing(rules::dateRange, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(m -> m.mode() == null && m.place() == null) // described mentions anchor vaguer ones
        .thenComparing(MentionFacts::document)
        .thenComparingInt(MentionFacts::begin)
        .thenComparing(MentionFacts::iri);
  }

  private long width(MentionFacts m) {
    DateRange r = rules.dateRange(m);
    return r == null ? Long.MAX_VALUE : r.days();
  }
}
