package org.diplograph.annotate;

import java.util.List;

/**
 * A sentence with its tokens and two dependency layers: the basic tree and the enhanced++ graph
 * (which adds propagated subjects and preposition-typed relations such as {@code nmod:with}).
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens,
    List<Dependency> basic, List<Dependency> enhanced) {

  public Sentence {
    tokens = List.copyOf(tokens);
    basic = List.copyOf(basic);
    enhanced = List.copyOf(enhanced);
  }

  /** The token with the given 1-based index. */
  public Token token(int index) {
    return tokens.get(index - 1);
  }

  public int size() {
    return tokens.size();
  }
}
