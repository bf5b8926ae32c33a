package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplograph.annotate.DependencyGraph;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityType;

/**
 * What one rule found at one trigger (event, rule, modality, date, place); turns the resolved
 * participants into an {@link EventMention} with the relation statements it gives (one per source
 * and target pair, or per pair of coordinated parties of a mutual event), each with its evidence
 * span and confidence (rule prior times the certainty of each argument).
 */
final class MentionDraft {
  /** Pronouns that, unresolved on both sides of one act, are taken for one party. */
  private static final Set<String> SELF_PRONOUNS = Set.of("he", "she", "they", "we", "i");

  private static final TimeFinder TIMES = new TimeFinder();
  private static final PlaceFinder PLACES = new PlaceFinder();

  private final ExtractionContext context;
  private final int sentence;
  private final int trigger;
  private final EventSpec event;
  private final double ruleConfidence;
  private final String source;
  private final Modality modality;
  private final EventTime time;
  private final Entity place;

  /** {@code clause} is the verb carrying a noun trigger (0 if none), where its date and place may hang. */
  MentionDraft(ExtractionContext context, int sentence, int trigger, EventSpec event, double ruleConfidence,
      String source, Modality modality, int clause, List<Integer> objectTokens) {
    this.context = context;
    this.sentence = sentence;
    this.trigger = trigger;
    this.event = event;
    this.ruleConfidence = ruleConfidence;
    this.source = source;
    this.modality = modality;
    DependencyGraph graph = context.graph(sentence);
    this.time = TIMES.find(graph, trigger, clause).orElse(null);
    this.place = PLACES.find(context.document(), graph, sentence, trigger, clause, objectTokens).orElse(null);
  }

  /**
   * The event with these participants. {@code mutual} says the sources acted with each other
   * ("Xi and Putin met"): they all stay sources, and statements pair them among themselves.
   */
  EventMention event(List<Argument> sources, List<Argument> targets, boolean mutual, double discount) {
    List<Argument> kept = new ArrayList<>(sources);
    List<Argument> objects = new ArrayList<>(targets);
    objects.removeIf(o -> kept.stream().anyMatch(s -> isSelf(s, o) || ownSide(s, o)));
    List<RelationMention> statements = new ArrayList<>();
    if (event.relation() != null) {
      if (mutual) {
        // each party acts on every other: once for a symmetric relation, both ways for another
        // ("Israel and Hamas accused each other")
        boolean symmetric = event.relation().symmetric();
        for (int i = 0; i < kept.size(); i++) {
          for (int j = symmetric ? i + 1 : 0; j < kept.size(); j++) {
            if (j != i) {
              statement(kept.get(i), kept.get(j), statements);
            }
          }
        }
      } else {
        for (Argument s : kept) {
          for (Argument o : objects) {
            statement(s, o, statements);
          }
        }
      }
    }
    // "Xi and Putin met": every party of a joint act is its source, as the extraction issue codes
    // "Hungarian and Romanian officials agreed" (two sources); the statements above pair every two
    Token t = context.graph(sentence).sentence().token(trigger);
    int begin = t.begin();
    int end = t.end();
    double sure = 1.0;
    for (List<Argument> side : List.of(kept, objects)) {
      double best = 0;
      for (Argument a : side) {
        begin = Math.min(begin, a.begin());
        end = Math.max(end, a.end());
        best = Math.max(best, a.confidence());
      }
      sure *= side.isEmpty() ? 1.0 : best;
    }
    double confidence = round(ruleConfidence * sure * discount);
    Entity where = place != null && kept.stream().noneMatch(a -> place.equals(a.entity()))
        && objects.stream().noneMatch(a -> place.equals(a.entity())) ? place : null;
    return new EventMention(event, kept, objects, sentence, trigger, begin, end, t.word(), modality, confidence,
        source, time, where, statements,
        mutual && objects.isEmpty() && kept.stream().map(Argument::key).distinct().count() >= 2);
  }

  /**
   * Whether a target is the source itself: the same actor, or the same words ("the rebels refused to
   * lay down their arms": "their" read as the words of the subject; "he said he had made a mistake":
   * one unresolved pronoun said twice).
   */
  static boolean isSelf(Argument source, Argument target) {
    return source.key().equals(target.key()) || (source.begin() == target.begin() && source.end() == target.end())
        || (!source.resolved() && !target.resolved() && SELF_PRONOUNS.contains(source.text().toLowerCase(Locale.ROOT))
            && source.text().equalsIgnoreCase(target.text())); // "He said he had made a mistake"
  }

  /**
   * Whether a target is the source's own state, or a person of the state that is the source ("Putin
   * warned that Moscow would use all available means", "Peskov denied that Moscow was preparing an
   * invasion"): a speaker's own side is what it speaks for, not what it acts on. Groups of a state
   * are not its side ("Britain stripped British citizens of citizenship", "Turkey accused the PKK").
   */
  private static boolean ownSide(Argument source, Argument target) {
    if (!source.resolved() || !target.resolved()) {
      return false;
    }
    return target.entity().id().equals(source.entity().country())
        || (target.entity().type() == EntityType.PERSON && source.entity().id().equals(target.entity().country()));
  }

  private void statement(Argument subject, Argument object, List<RelationMention> out) {
    RelationSpec relation = event.relation();
    if (!subject.resolved() || !object.resolved()) {
      return;
    }
    if (subject.entity().equals(object.entity()) || !relation.acceptsObject(object.entity().type())) {
      return;
    }
    if (relation.placeMeansState() && object.entity().id().equals(subject.entity().country())) {
      return; // a British politician "visiting Manchester" is not a state visit to Britain
    }
    Sentence s = context.graph(sentence).sentence();
    Token t = s.token(trigger);
    int begin = Math.min(t.begin(), Math.min(subject.begin(), object.begin()));
    int end = Math.max(t.end(), Math.max(subject.end(), object.end()));
    double confidence = round(ruleConfidence * subject.confidence() * object.confidence());
    Entity where = place != null && !place.equals(subject.entity()) && !place.equals(object.entity()) ? place : null;
    out.add(new RelationMention(relation, subject.entity(), object.entity(), sentence, begin, end,
        t.word(), subject.text(), object.text(), modality, confidence, source, time, where));
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
