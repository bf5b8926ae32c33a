package org.diplograph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplograph.annotate.DependencyGraph;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;
import org.diplograph.io.Tsv;

/**
 * Who did an act a sentence reports with no doer, named by a claim or a charge: inside the act's
 * phrase ("the ELN was behind the bombing", "an attack police attributed to Boko Haram") or beside
 * it ("...; Al-Shabaab claimed responsibility", also in the next sentence), from {@code responsibility.tsv} and the attribution
 * verbs.
 */
final class ResponsibilityClaims {
  /** One row: a verb, the objects it must have (empty: any), whether its subject is the doer. */
  record Claim(String verb, Set<String> objects, boolean subjectDoes) {
    boolean isVerbOf(Token t) {
      return t.isVerb() && verb.equals(t.lemma().toLowerCase(Locale.ROOT));
    }
  }

  private final List<Claim> claims;
  private final VerbList attributionVerbs;

  ResponsibilityClaims(List<Claim> claims, VerbList attributionVerbs) {
    this.claims = List.copyOf(claims);
    this.attributionVerbs = attributionVerbs;
  }

  static ResponsibilityClaims load(Path file, VerbList attributionVerbs) {
    List<Claim> claims = new ArrayList<>();
    for (Tsv.Row row : Tsv.read(file, 4)) {
      String doer = row.get(2);
      if (!doer.equals("subject") && !doer.equals("object")) {
        throw row.error("the doer is 'subject' or 'object', not '" + doer + "'");
      }
      Set<String> objects = row.get(1).equals("-") ? Set.of()
          : Set.of(row.get(1).toLowerCase(Locale.ROOT).split("\\|"));
      claims.add(new Claim(row.get(0).toLowerCase(Locale.ROOT), objects, doer.equals("subject")));
    }
    return new ResponsibilityClaims(claims, attributionVerbs);
  }

  /** The tokens naming who did the act at {@code trigger}, or none. */
  List<Integer> doers(DependencyGraph graph, int trigger) {
    int act = trigger;
    if (graph.token(trigger).isVerb() && graph.relation(trigger).startsWith("acl") && graph.head(trigger) > 0) {
      act = graph.head(trigger); // "a car bomb that exploded": the bomb's phrase
    }
    if (graph.token(act).isNoun()) {
      boolean behind = graph.children(act, r -> r.equals("case")).stream()
          .anyMatch(c -> graph.token(c).word().equalsIgnoreCase("behind"));
      if (behind) {
        List<Integer> subjects = graph.children(act, r -> r.equals("nsubj"));
        if (!subjects.isEmpty()) {
          return subjects;
        }
      }
      for (int clause : graph.children(act, r -> r.startsWith("acl"))) {
        if (attributionVerbs.contains(graph.token(clause).lemma())) {
          List<Integer> named = graph.children(clause, r -> r.equals("obl:on") || r.equals("obl:to"));
          if (!named.isEmpty()) {
            return named;
          }
        }
      }
    }
    return claimed(graph, trigger, false);
  }

  /**
   * The tokens naming who did an act of the sentence before, when this sentence holds one claim by
   * its doer: "A drone attack targeted the base. The Islamic Resistance in Iraq claimed responsibility."
   * A charge there ("Thousands of his supporters blamed Syria") is the accusers' word, not the report's.
   */
  List<Integer> doersBefore(DependencyGraph next) {
    return claimed(next, 0, true);
  }

  /** Whether the sentence holds a claim's verb, so that its parse is needed. */
  boolean mayClaim(Sentence sentence) {
    return sentence.tokens().stream().anyMatch(t -> claims.stream().anyMatch(c -> c.isVerbOf(t)));
  }

  /** The doers one claim in the sentence (not at token {@code skip}) names; none when it holds none or several. */
  private List<Integer> claimed(DependencyGraph graph, int skip, boolean ownClaimsOnly) {
    List<Integer> found = List.of();
    int count = 0;
    for (Token t : graph.sentence().tokens()) {
      if (!t.isVerb() || t.index() == skip || graph.isPassive(t.index())) {
        continue;
      }
      for (Claim claim : claims) {
        if (ownClaimsOnly && !claim.subjectDoes()) {
          continue;
        }
        if (!claim.isVerbOf(t)) {
          continue;
        }
        List<Integer> objects = graph.children(t.index(), r -> r.equals("obj"));
        boolean fits = claim.objects().isEmpty() ? !objects.isEmpty()
            : objects.stream().anyMatch(o -> claim.objects().contains(graph.token(o).lemma().toLowerCase(Locale.ROOT)));
        if (fits) {
          count++;
          found = claim.subjectDoes() ? graph.children(t.index(), r -> r.equals("nsubj")) : objects;
        }
      }
    }
    return count == 1 ? found : List.of();
  }
}
