package org.diplograph.resolve;

import java.util.Optional;

/**
 * How one name or description of a document was linked to an actor, where a choice among
 * candidates was made: a lone surname ("President Bush", {@link PersonLinker}), an office
 * ("the prime minister", "his Chinese counterpart", {@link OfficeLinker}). {@code linked} is empty
 * when nobody fitted well enough (the words stay a new actor, or none); {@code runnerUp} is the
 * best candidate not chosen (the second best, or the best when none was linked). {@code begin} and
 * {@code end} are character offsets of the words' first occurrence; {@code rule} is the data file
 * (and line) the decision rests on.
 */
public record LinkDecision(int sentence, int begin, int end, String text, String method, Optional<Entity> linked,
    Optional<Entity> runnerUp, double confidence, String rule, String why) {

  /** The same decision with its entities replaced by their corpus-wide descriptions. */
  LinkDecision map(java.util.function.UnaryOperator<Entity> canonical) {
    return new LinkDecision(sentence, begin, end, text, method, linked.map(canonical), runnerUp.map(canonical),
        confidence, rule, why);
  }
}
