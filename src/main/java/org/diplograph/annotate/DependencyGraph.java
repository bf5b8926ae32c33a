package org.diplograph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Navigation over one sentence's dependencies: children and parents in the enhanced++ graph (for
 * arguments, which it makes explicit) and the basic tree (for walking up clause by clause).
 */
public final class DependencyGraph {
  private final Sentence sentence;
  private final List<List<Dependency>> children = new ArrayList<>();
  private final List<List<Dependency>> parents = new ArrayList<>();
  private final int[] basicHead;
  private final String[] basicRelation;

  public DependencyGraph(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.size();
    for (int i = 0; i <= n; i++) {
      children.add(new ArrayList<>());
      parents.add(new ArrayList<>());
    }
    for (Dependency d : sentence.enhanced()) {
      if (d.dependent() <= n && d.governor() <= n) {
        children.get(d.governor()).add(d);
        parents.get(d.dependent()).add(d);
      }
    }
    basicHead = new int[n + 1];
    basicRelation = new String[n + 1];
    for (Dependency d : sentence.basic()) {
      if (d.dependent() <= n) {
        basicHead[d.dependent()] = d.governor();
        basicRelation[d.dependent()] = d.relation();
      }
    }
  }

  public Sentence sentence() {
    return sentence;
  }

  public Token token(int index) {
    return sentence.token(index);
  }

  /** Enhanced++ dependents of a token. */
  public List<Dependency> children(int token) {
    return children.get(token);
  }

  /** Enhanced++ governors of a token. */
  public List<Dependency> parents(int token) {
    return parents.get(token);
  }

  /** Indices of the dependents whose relation satisfies the test. */
  public List<Integer> children(int token, Predicate<String> relation) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : children.get(token)) {
      if (relation.test(d.relation())) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  public boolean hasChild(int token, Predicate<String> relation) {
    return children.get(token).stream().anyMatch(d -> relation.test(d.relation()));
  }

  /** Governor in the basic tree; 0 for the root. */
  public int head(int token) {
    return basicHead[token];
  }

  /** Relation to the governor in the basic tree, or "root". */
  public String relation(int token) {
    return basicRelation[token] == null ? "root" : basicRelation[token];
  }

  /** Dependents in the basic tree. */
  public List<Integer> basicChildren(int token) {
    List<Integer> out = new ArrayList<>();
    for (int i = 1; i < basicHead.length; i++) {
      if (basicHead[i] == token && basicRelation[i] != null) {
        out.add(i);
      }
    }
    return out;
  }

  /** True if a lemma in {@code lemmas} occurs within {@code depth} basic steps below the token. */
  public boolean hasDescendantLemma(int token, java.util.Set<String> lemmas, int depth) {
    return hasDescendant(token, child -> hasLemma(child, lemmas), depth);
  }

  /** Whether a token at most {@code depth} basic steps below this one passes the test. */
  public boolean hasDescendant(int token, java.util.function.IntPredicate test, int depth) {
    if (depth == 0) {
      return false;
    }
    for (int child : basicChildren(token)) {
      if (test.test(child) || hasDescendant(child, test, depth - 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the token's lemma is one of these; a plural the lemmatiser left alone ("troops" opening
   * or inside a phrase keeps its s) counts as its singular.
   */
  /**
   * Whether a noun's phrase (with its determiner and adjectives) opens right after a comma: "...,
   * a move the UN condemned", "..., a claim Kiev disputed".
   */
  public boolean setOffByComma(int noun) {
    int first = noun;
    for (int modifier : children(noun, r -> r.equals("det") || r.equals("amod"))) {
      first = Math.min(first, modifier);
    }
    return first > 1 && token(first - 1).word().equals(",");
  }

  /** Whether a noun phrase names more than one: a plural noun, or a coordination ("China and Russia"). */
  public boolean isPluralPhrase(int token) {
    return sentence.token(token).tag().endsWith("S") || hasChild(token, r -> r.startsWith("conj"));
  }

  public boolean hasLemma(int token, java.util.Set<String> lemmas) {
    String lemma = sentence.token(token).lemma().toLowerCase(java.util.Locale.ROOT);
    return lemmas.contains(lemma) || (lemma.endsWith("s") && lemmas.contains(lemma.substring(0, lemma.length() - 1)));
  }

  /** A passive verb: it has a passive subject or a passive auxiliary. */
  public boolean isPassive(int verb) {
    return hasChild(verb, r -> r.equals("nsubj:pass") || r.equals("aux:pass") || r.equals("csubj:pass"));
  }
}
