package org.diplograph.extract;

import org.diplograph.resolve.Entity;

/**
 * A resolved argument of a relation: the entity, how sure the resolution is, and the token and
 * text span in the sentence that stand for it (for a pronoun, the pronoun itself). {@code entity}
 * is null for words that name an actor the document does not let us resolve ("he" with no
 * antecedent): such a participant keeps its words on the event, and gives no relation statement.
 */
public record Argument(Entity entity, double confidence, int token, String text, int begin, int end) {

  public boolean resolved() {
    return entity != null;
  }

  /** The actor's id, or a key for the words of an unresolved participant. */
  public String key() {
    return entity != null ? entity.id() : "?" + text;
  }
}
