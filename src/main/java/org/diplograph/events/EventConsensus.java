package org.diplograph.events;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Turns a cluster of mentions into the event they agree on, and says where they do not. */
final class EventConsensus {
  /** Most certain first: breaks ties between equally common modalities. */
  private static final List<String> MODALITIES = List.of("asserted", "reported", "hedged", "intended", "negated");

  private final MergeRules rules;
  private final Actors actors;
  private final Compatibility compatibility;

  EventConsensus(MergeRules rules, Actors actors, Compatibility compatibility) {
    this.rules = rules;
    this.actors = actors;
    this.compatibility = compatibility;
  }

  /** The event of one cluster; {@code iri} is minted by the caller. */
  MergedEvent of(String iri, EventMerger.Cluster cluster) {
    List<MentionFacts> ms = cluster.mentions();
    String type = ms.get(0).type();
    Set<String> disputed = new TreeSet<>();
    Set<String> modes = ms.stream().map(MentionFacts::mode).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
    if (modes.size() > 1) {
      disputed.add("mode");
    }
    Set<String> participants = new TreeSet<>();
    Set<String> sources = new TreeSet<>();
    Set<String> targets = new TreeSet<>();
    ms.forEach(m -> {
      participants.addAll(m.participants());
      sources.addAll(m.sources());
      targets.addAll(m.targets());
    });
    boolean mutual = compatibility.mutual(type);
    if (!mutual && sources.stream().anyMatch(targets::contains)) {
      disputed.add("source");
    }
    Set<String> modalities = ms.stream().map(MentionFacts::modality).collect(Collectors.toSet());
    if (modalities.size() > 1) {
      disputed.add("modality");
    }
    Dating dating = dating(ms);
    if (dating.disputed) {
      disputed.add("eventDate");
    }
    List<LocalDate> published = ms.stream().map(MentionFacts::published).filter(Objects::nonNull).sorted().toList();
    return new MergedEvent(iri, type, commonest(ms.stream().map(MentionFacts::mode).filter(Objects::nonNull).toList(),
        Comparator.naturalOrder()), participants, mutual ? Set.of() : sources, mutual ? Set.of() : targets,
        dating.range, dating.basis, dating.value, place(ms),
        (int) ms.stream().map(MentionFacts::contentHash).distinct().count(),
        published.isEmpty() ? null : published.get(0), published.isEmpty() ? null : published.get(published.size() - 1),
        commonest(ms.stream().map(MentionFacts::modality).toList(), Comparator.comparingInt(MODALITIES::indexOf)),
        confidence(ms), disputed, ms, cluster.reasons());
  }

  private record Dating(DateRange range, String basis, String value, boolean disputed) {}

  /**
   * The days every dated mention allows (their intersection); when they allow none in common, all of
   * them (their span), marked disputed. With no dated mention, the days before the first report.
   */
  Dating dating(List<MentionFacts> ms) {
    List<MentionFacts> dated = ms.stream().filter(m -> m.eventDate() != null).toList();
    if (!dated.isEmpty()) {
      DateRange common = dated.get(0).eventDate();
      DateRange span = common;
      for (MentionFacts m : dated) {
        common = common == null ? null : common.intersect(m.eventDate());
        span = span.span(m.eventDate());
      }
      Set<String> values = dated.stream().map(MentionFacts::dateValue).filter(Objects::nonNull).collect(Collectors.toSet());
      String value = values.size() == 1 && common != null && dated.stream().allMatch(m -> m.dateValue() != null)
          ? values.iterator().next() : common != null && common.days() == 1 ? common.earliest().toString() : null;
      return new Dating(common != null ? common : span, "event date", value, common == null);
    }
    LocalDate first = ms.stream().map(MentionFacts::published).filter(Objects::nonNull).min(Comparator.naturalOrder())
        .orElse(null);
    if (first != null) {
      return new Dating(new DateRange(first.minusDays(rules.lookbackDays()), first), "publication date", null, false);
    }
    return new Dating(null, "none", null, false);
  }

  /** The most specific place: one inside another's state wins, then the most reported, then by id. */
  String place(List<MentionFacts> ms) {
    Map<String, Integer> counts = new TreeMap<>();
    ms.stream().map(MentionFacts::place).filter(Objects::nonNull).forEach(p -> counts.merge(p, 1, Integer::sum));
    return counts.keySet().stream()
        .max(Comparator.<String, Boolean>comparing(p -> counts.keySet().stream().anyMatch(q -> actors.within(p, q)))
            .thenComparing(counts::get)
            .thenComparing(Comparator.<String>reverseOrder()))
        .orElse(null);
  }

  /**
   * Independent reports raise belief: noisy-or over documents, each counted once with its best
   * mention, so one article repeating itself does not; held below 1.
   */
  static double confidence(List<MentionFacts> ms) {
    Map<String, Double> best = new HashMap<>();
    ms.forEach(m -> best.merge(m.contentHash(), m.confidence(), Math::max));
    double none = 1;
    for (double c : best.values()) {
      none *= 1 - Math.min(1, Math.max(0, c));
    }
    return Math.min(0.99, 1 - none);
  }

  private static <T> T commonest(List<T> values, Comparator<T> ties) {
    Map<T, Long> counts = values.stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
    return counts.keySet().stream()
        .max(Comparator.<T, Long>comparing(counts::get).thenComparing(ties.reversed()))
        .orElse(null);
  }
}
