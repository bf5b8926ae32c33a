package org.diplograph.evaluate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores extracted events against gold events, sentence by sentence, with one-to-one matching:
 * an extracted event matches a gold event of the same type (type score), and also for type,
 * source and target when each side matches (both empty, or some gold participant shares a content
 * word with some extracted participant's text or label), or, for a joint act, the parties do
 * (see {@link #participants}). Counts are kept per PLOVER type.
 */
public final class EventScore {
  private static final Set<String> STOP = Set.of("the", "a", "an", "of", "its", "his", "her", "their", "'s", "’s",
      "and", "in", "on", "to", "for", "by", "with", "at", "from", "s");

  /** An extracted event: type, the words and labels of each source and target, modality. */
  public record Found(String type, List<String> sources, List<String> targets, String modality) {}

  /** True positives, false positives, false negatives. */
  public static final class Counts {
    int tp;
    int fp;
    int fn;

    public double precision() {
      return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String format() {
      return String.format(Locale.ROOT, "P %.2f  R %.2f  F1 %.2f  (tp %d, fp %d, fn %d)", precision(), recall(), f1(),
          tp, fp, fn);
    }
  }

  private final Map<String, Counts> byType = new TreeMap<>();
  private final Map<String, Counts> withArgsByType = new TreeMap<>();
  private final Counts all = new Counts();
  private final Counts allWithArgs = new Counts();
  private int modalityMatched;
  private int modalityRight;

  public void add(List<EventGold.Event> gold, List<Found> found) {
    match(gold, found, false, byType, all);
    match(gold, found, true, withArgsByType, allWithArgs);
  }

  private void match(List<EventGold.Event> gold, List<Found> found, boolean args, Map<String, Counts> counts,
      Counts total) {
    List<Found> left = new ArrayList<>(found);
    for (EventGold.Event g : gold) {
      Found hit = null;
      for (Found f : left) {
        if (f.type().equals(g.type()) && (!args || participants(g.sources(), g.targets(), f.sources(), f.targets()))) {
          hit = f;
          break;
        }
      }
      Counts c = counts.computeIfAbsent(g.type(), k -> new Counts());
      if (hit != null) {
        left.remove(hit);
        c.tp++;
        total.tp++;
        if (!args) {
          modalityMatched++;
          modalityRight += hit.modality().equals(g.modality()) ? 1 : 0;
        }
      } else {
        c.fn++;
        total.fn++;
      }
    }
    for (Found f : left) {
      counts.computeIfAbsent(f.type(), k -> new Counts()).fp++;
      total.fp++;
    }
  }

  /**
   * Whether the participants match: each side (sources with sources, targets with targets), or,
   * when either codes a joint act ("X and Y met") as two or more sources and no target, the parties
   * whichever side they are on: the same meeting coded "X → Y" by one convention and "X, Y → ∅" by
   * the other (the first named party and the others must each be found among the parties).
   */
  static boolean participants(List<String> goldSources, List<String> goldTargets, List<String> foundSources,
      List<String> foundTargets) {
    if (side(goldSources, foundSources) && side(goldTargets, foundTargets)) {
      return true;
    }
    boolean joint = (goldTargets.isEmpty() && goldSources.size() >= 2)
        || (foundTargets.isEmpty() && foundSources.size() >= 2);
    if (!joint) {
      return false;
    }
    List<String> gold = new ArrayList<>(goldSources);
    gold.addAll(goldTargets);
    List<String> found = new ArrayList<>(foundSources);
    found.addAll(foundTargets);
    return gold.size() >= 2 && side(gold.subList(0, 1), found) && side(gold.subList(1, gold.size()), found);
  }

  static boolean side(List<String> gold, List<String> found) {
    if (gold.isEmpty() || found.isEmpty()) {
      return gold.isEmpty() && found.isEmpty();
    }
    for (String g : gold) {
      Set<String> gw = words(g);
      for (String f : found) {
        Set<String> fw = words(f);
        fw.retainAll(gw);
        if (!fw.isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Content words, accents folded: an annotator's "Cavusoglu" is the gazetteer's "Çavuşoğlu". */
  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    for (String w : folded.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  public Map<String, Counts> byType() {
    return byType;
  }

  public Map<String, Counts> withArgsByType() {
    return withArgsByType;
  }

  public Counts all() {
    return all;
  }

  public Counts allWithArgs() {
    return allWithArgs;
  }

  public double modalityAccuracy() {
    return modalityMatched == 0 ? 0 : modalityRight / (double) modalityMatched;
  }
}
