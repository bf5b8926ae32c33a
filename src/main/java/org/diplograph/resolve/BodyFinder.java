package org.diplograph.resolve;

import java.util.List;
import org.diplograph.annotate.Token;

/**
 * Names government bodies after their state with the templates of {@code bodies.tsv}: "Chinese
 * Foreign Ministry", "Russia's defence ministry" and "the foreign ministry of Iran" each become
 * one body with its state as {@code country}.
 */
final class BodyFinder {
  private static final int LONGEST_PHRASE = 5;

  private final Gazetteer gazetteer;
  private final NameLists names;

  BodyFinder(Gazetteer gazetteer, NameLists names) {
    this.gazetteer = gazetteer;
    this.names = names;
  }

  void find(MentionCollector out) {
    List<Token> tokens = out.sentence().tokens();
    for (Mention state : List.copyOf(out.mentions())) {
      if (!state.isActor() || state.entity().type() != EntityType.STATE) {
        continue;
      }
      int after = state.end() - 1; // 0-based index of the token after the state's name
      if (after < tokens.size() && isPossessive(tokens.get(after))) {
        after++;
      }
      int phraseEnd = phraseAt(tokens, after);
      if (phraseEnd > 0 && !out.isCovered(after + 1, phraseEnd + 1)) {
        add(out, state.entity(), tokens, after, phraseEnd, state.start(), phraseEnd + 1);
        continue;
      }
      // "the foreign ministry of Iran": the phrase ends right before "of <state>"
      int of = state.start() - 2;
      if (of >= 1 && tokens.get(of).word().equalsIgnoreCase("of")) {
        for (int start = Math.max(0, of - LONGEST_PHRASE); start < of; start++) {
          if (phraseAt(tokens, start) == of && !out.isCovered(start + 1, of + 1)) {
            add(out, state.entity(), tokens, start, of, start + 1, state.end());
            break;
          }
        }
      }
    }
  }

  /** End (0-based, exclusive) of the longest body phrase starting at {@code from}, or -1. */
  private int phraseAt(List<Token> tokens, int from) {
    for (int len = Math.min(LONGEST_PHRASE, tokens.size() - from); len >= 1; len--) {
      if (names.bodyTemplates().containsKey(AliasKey.of(tokens, from, from + len))) {
        return from + len;
      }
    }
    return -1;
  }

  private void add(MentionCollector out, Entity state, List<Token> tokens, int phraseStart, int phraseEnd,
      int mentionStart, int mentionEnd) {
    String template = names.bodyTemplates().get(AliasKey.of(tokens, phraseStart, phraseEnd));
    String label = template.replace("{state}", state.label());
    String id = EntityIds.slug(label);
    Entity body = gazetteer.entity(id)
        .orElse(new Entity(id, label, EntityType.GOVERNMENT_BODY, null, state.id(), null));
    out.add(body, MentionKind.NAME, mentionStart, mentionEnd);
  }

  private static boolean isPossessive(Token t) {
    return t.word().equals("'s") || t.word().equals("’s") || t.tag().equals("POS");
  }
}
