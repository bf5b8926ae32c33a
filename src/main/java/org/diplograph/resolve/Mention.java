package org.diplograph.resolve;

/**
 * A span of one sentence that refers to an entity. Token indices are 1-based and {@code end} is
 * exclusive; {@code begin}/{@code endChar} are character offsets into the document.
 */
public record Mention(Entity entity, MentionKind kind, int sentence, int start, int end,
    String surface, int begin, int endChar) {

  public boolean covers(int token) {
    return token >= start && token < end;
  }

  /** The same words read as a partial name of another entity: "Clarke" for Charles Clarke. */
  public Mention asPartialNameOf(Entity target) {
    return new Mention(target, MentionKind.PARTIAL_NAME, sentence, start, end, surface, begin, endChar);
  }

  public boolean isActor() {
    return kind != MentionKind.PLACE && entity.type().isActor();
  }
}
