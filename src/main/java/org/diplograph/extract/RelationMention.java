package org.diplograph.extract;

import org.diplograph.resolve.Entity;

/**
 * One statement of a relation in one sentence, with its evidence: where it is (sentence, character
 * span covering subject, trigger and object), how the text presents it, how sure the extractor is,
 * which rule found it, and when and where the event happened if the text says so ({@code time}
 * and {@code place} may be null).
 */
public record RelationMention(RelationSpec relation, Entity subject, Entity object, int sentence,
    int begin, int end, String trigger, String subjectText, String objectText, Modality modality,
    double confidence, String rule, EventTime time, Entity place) {

  public boolean isAsserted() {
    return modality == Modality.ASSERTED;
  }

  /** The same statement presented otherwise. */
  public RelationMention withModality(Modality other) {
    return new RelationMention(relation, subject, object, sentence, begin, end, trigger, subjectText, objectText,
        other, confidence, rule, time, place);
  }
}
