package org.diplograph.annotate;

import java.util.List;

/**
 * A sentence with its tokens and two dependency layers: the basic tree and the enhanced++ graph
 * (which adds propagated subjects and preposition-typed relations such as {@code nmod:with}).
 * {@code parsed} is false for a sentence the parser was not run on, because nothing the pipeline
 * reads from dependencies could come of it ({@link ParseSelector}); such a sentence has no
 * dependencies at all.
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens,
    List<Dependency> basic, List<Dependency> enhanced, boolean parsed) {

  public Sentence {
    tokens = List.copyOf(tokens);
    basic = List.copyOf(basic);
    enhanced = List.copyOf(enhanced);
    if (!parsed && (!basic.isEmpty() || !enhanced.isEmpty())) {
      throw new IllegalArgumentException("a sentence that was not parsed has no dependencies");
    }
  }

  /** A parsed sentence. */
  public Sentence(int index, int begin, int end, String text, List<Token> tokens,
      List<Dependency> basic, List<Dependency> enhanced) {
    this(index, begin, end, text, tokens, basic, enhanced, true);
  }

  /** The same sentence as it is before parsing: tokens only. */
  public Sentence withoutParse() {
    return new Sentence(index, begin, end, text, tokens, List.of(), List.of(), false);
  }

  /** The same sentence with the parser's dependencies. */
  public Sentence withParse(List<Dependency> basic, List<Dependency> enhanced) {
    return new Sentence(index, begin, end, text, tokens, basic, enhanced, true);
  }

  /** The token with the given 1-based index. */
  public Token token(int index) {
    return tokens.get(index - 1);
  }

  public int size() {
    return tokens.size();
  }
}
