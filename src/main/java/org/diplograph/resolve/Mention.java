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

  public boolean isActor() {
    return kind != MentionKind.PLACE && entity.type().isActor();
  }
}
