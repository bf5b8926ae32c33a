package org.diplograph.extract;

import java.util.List;
import org.diplograph.annotate.DependencyGraph;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;
import org.diplograph.resolve.Entity;

/**
 * What all mentions found at one trigger share (relation, rule, modality, date, place); emits one
 * {@link RelationMention} per subject/object pair, with the evidence span and the confidence
 * (rule prior times the certainty of each argument).
 */
final class MentionDraft {
  private static final TimeFinder TIMES = new TimeFinder();
  private static final PlaceFinder PLACES = new PlaceFinder();

  private final ExtractionContext context;
  private final int sentence;
  private final int trigger;
  private final RelationSpec relation;
  private final double ruleConfidence;
  private final String source;
  private final Modality modality;
  private final EventTime time;
  private final Entity place;

  /** {@code clause} is the verb carrying a noun trigger (0 if none), where its date and place may hang. */
  MentionDraft(ExtractionContext context, int sentence, int trigger, RelationSpec relation, double ruleConfidence,
      String source, Modality modality, int clause, List<Integer> objectTokens) {
    this.context = context;
    this.sentence = sentence;
    this.trigger = trigger;
    this.relation = relation;
    this.ruleConfidence = ruleConfidence;
    this.source = source;
    this.modality = modality;
    DependencyGraph graph = context.graph(sentence);
    this.time = TIMES.find(graph, trigger, clause).orElse(null);
    this.place = PLACES.find(context.document(), graph, sentence, trigger, clause, objectTokens).orElse(null);
  }

  void emit(Argument subject, Argument object, List<RelationMention> out) {
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
    double confidence = Math.round(ruleConfidence * subject.confidence() * object.confidence() * 100) / 100.0;
    Entity where = place != null && !place.equals(subject.entity()) && !place.equals(object.entity()) ? place : null;
    out.add(new RelationMention(relation, subject.entity(), object.entity(), sentence, begin, end,
        t.word(), subject.text(), object.text(), modality, confidence, source, time, where));
  }
}
