package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.annotate.Dependency;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;

/**
 * A sentence's basic and enhanced arcs while a parse repair edits them, token by token: the one
 * loop the repairs share ({@link #repairEach}), and the lookups they need.
 */
final class ParseArcs {
  /** One repair at one token: edits the arcs and says whether it changed them. */
  interface Step {
    boolean at(Token token, ParseArcs arcs);
  }

  final List<Dependency> basic;
  List<Dependency> enhanced;
  private final List<Token> tokens;

  private ParseArcs(Sentence sentence) {
    this.basic = new ArrayList<>(sentence.basic());
    this.enhanced = new ArrayList<>(sentence.enhanced());
    this.tokens = new ArrayList<>(sentence.tokens());
  }

  /** Gives a token the tag its repaired arcs say it has ("kidnapped" hung as a participle is one). */
  void retag(Token token, String tag) {
    tokens.set(token.index() - 1, new Token(token.index(), token.word(), token.lemma(), tag, token.ner(),
        token.normalized(), token.begin(), token.end()));
  }

  /** Runs a repair at every token of a parsed sentence; the sentence itself when nothing changed. */
  static Sentence repairEach(Sentence sentence, Step step) {
    if (!sentence.parsed()) {
      return sentence;
    }
    ParseArcs arcs = new ParseArcs(sentence);
    boolean changed = false;
    for (Token t : sentence.tokens()) {
      changed |= step.at(t, arcs);
    }
    return changed
        ? new Sentence(sentence.index(), sentence.begin(), sentence.end(), sentence.text(), arcs.tokens, arcs.basic,
            arcs.enhanced)
        : sentence;
  }

  /**
   * Replaces arcs in both graphs: the removed arcs go from the basic graph, and every enhanced arc
   * between a removed pair goes too, whatever its enhanced label; the new arcs come into both.
   */
  void replace(List<Dependency> remove, List<Dependency> add) {
    basic.removeAll(remove);
    basic.addAll(add);
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : enhanced) {
      boolean moved = remove.stream().anyMatch(r -> r.governor() == d.governor() && r.dependent() == d.dependent());
      if (!moved) {
        out.add(d);
      }
    }
    out.addAll(add);
    enhanced = out;
  }

  /** The rightmost token of a token's subtree in basic arcs. */
  static int lastOf(List<Dependency> basic, int token) {
    int last = token;
    for (Dependency d : basic) {
      if (d.governor() == token) {
        last = Math.max(last, lastOf(basic, d.dependent()));
      }
    }
    return last;
  }

  /** A token as the repairs so far have tagged it (index from 1). */
  Token token(int index) {
    return tokens.get(index - 1);
  }

  /** The basic arc into a token, or null for none. */
  Dependency basicOf(int dependent) {
    for (Dependency d : basic) {
      if (d.dependent() == dependent) {
        return d;
      }
    }
    return null;
  }
}
