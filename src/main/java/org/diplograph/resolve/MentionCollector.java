package org.diplograph.resolve;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;

/** Mentions of one sentence under construction, and which tokens already belong to a name. */
final class MentionCollector {
  private final Sentence sentence;
  private final boolean[] covered;
  private final List<Mention> mentions = new ArrayList<>();
  private boolean parseRead;

  MentionCollector(Sentence sentence) {
    this.sentence = sentence;
    this.covered = new boolean[sentence.size() + 2];
  }

  Sentence sentence() {
    return sentence;
  }

  /** True if any token of the 1-based, end-exclusive span already belongs to a name. */
  boolean isCovered(int start, int end) {
    for (int i = start; i < end; i++) {
      if (covered[i]) {
        return true;
      }
    }
    return false;
  }

  void add(Entity entity, MentionKind kind, int start, int end) {
    while (end - start > 1 && sentence.token(start).word().equalsIgnoreCase("the")) {
      start++; // "the White House" is named "White House"
    }
    Token first = sentence.token(start);
    Token last = sentence.token(end - 1);
    String surface = sentence.text().isEmpty()
        ? first.word()
        : sliceText(first.begin(), last.end());
    mentions.add(new Mention(entity, kind, sentence.index(), start, end, surface, first.begin(), last.end()));
    for (int i = start; i < end; i++) {
      covered[i] = true;
    }
  }

  private String sliceText(int begin, int end) {
    int from = begin - sentence.begin();
    int to = end - sentence.begin();
    if (from < 0 || to > sentence.text().length() || from > to) {
      return sentence.text();
    }
    return sentence.text().substring(from, to).replaceAll("\\s+", " ");
  }

  /** Notes that a mention was decided by the sentence's dependencies (whether a city acts). */
  void markParseRead() {
    parseRead = true;
  }

  /** Whether any mention of the sentence was decided by its dependencies. */
  boolean parseRead() {
    return parseRead;
  }

  List<Mention> mentions() {
    return mentions;
  }
}
