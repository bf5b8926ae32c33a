package org.diplograph.extract;

import java.util.List;
import org.diplograph.resolve.Entity;

/**
 * One sentence reporting an event: its type (and mode), any number of sources and targets, the
 * trigger, how the text presents it, how sure the extractor is, which rule found it, when and where
 * it happened ({@code time} and {@code place} may be null), and the relation statements it gives
 * between each source and target when its rule names a relation. {@code begin}/{@code end} span
 * the trigger and every participant. {@code joint} says the sources acted with each other ("Xi and
 * Putin met", "the two armies exchanged fire"), with no target.
 */
public record EventMention(EventSpec event, List<Argument> sources, List<Argument> targets, int sentence,
    int trigger, int begin, int end, String triggerText, Modality modality, double confidence, String rule,
    EventTime time, Entity place, List<RelationMention> statements, boolean joint) {

  public EventMention {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    statements = List.copyOf(statements);
  }

  /** Whether the text names anyone taking part ("a bomb exploded" names no one). */
  public boolean hasParticipants() {
    return !sources.isEmpty() || !targets.isEmpty();
  }

  public boolean isAsserted() {
    return modality == Modality.ASSERTED;
  }

  /** The same mention presented otherwise, its statements too. */
  public EventMention withModality(Modality other) {
    return new EventMention(event, sources, targets, sentence, trigger, begin, end, triggerText, other, confidence,
        rule, time, place, statements.stream().map(m -> m.withModality(other)).toList(), joint);
  }

  /** The same mention with other relation statements. */
  public EventMention withStatements(List<RelationMention> others) {
    return new EventMention(event, sources, targets, sentence, trigger, begin, end, triggerText, modality, confidence,
        rule, time, place, others, joint);
  }

  /** The same mention with other targets, its span widened to cover them. */
  public EventMention withTargets(List<Argument> others) {
    int from = others.stream().mapToInt(Argument::begin).reduce(begin, Math::min);
    int to = others.stream().mapToInt(Argument::end).reduce(end, Math::max);
    return new EventMention(event, sources, others, sentence, trigger, from, to, triggerText, modality, confidence,
        rule, time, place, statements, joint);
  }
}
