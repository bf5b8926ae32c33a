package org.diplograph.extract;

import org.diplograph.resolve.Entity;

/**
 * A resolved argument of a relation: the entity, how sure the resolution is, and the token and
 * text span in the sentence that stand for it (for a pronoun, the pronoun itself).
 */
public record Argument(Entity entity, double confidence, int token, String text, int begin, int end) {}
