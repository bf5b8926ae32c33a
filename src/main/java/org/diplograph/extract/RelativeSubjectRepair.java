package org.diplograph.extract;

import org.diplograph.annotate.Dependency;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;

/**
 * Gives a verb back the subject a relative clause set off by commas hid from the parser:
 * "Congolese soldiers and Ugandan troops, who crossed the border last week, are conducting joint
 * operations ..., a U.N. spokesman said" is parsed with "soldiers" as the root and "conducting" as a
 * loose clause of "said", so the operations would be the spokesman's. When a verb with an auxiliary
 * and no subject follows right after such a clause ("..., are conducting"), the noun the clause
 * hangs on is its subject (an enhanced arc, as CoreNLP writes a subject it reads right).
 */
final class RelativeSubjectRepair {

  Sentence repair(Sentence sentence) {
    return ParseArcs.repairEach(sentence, RelativeSubjectRepair::at);
  }

  private static boolean at(Token t, ParseArcs arcs) {
    if (!t.isVerb()) {
      return false;
    }
    int verb = t.index();
    int firstAux = verb;
    for (Dependency d : arcs.basic) {
      if (d.governor() == verb && (d.relation().startsWith("nsubj") || d.relation().startsWith("csubj"))) {
        return false;
      }
      if (d.governor() == verb && d.relation().startsWith("aux")) {
        firstAux = Math.min(firstAux, d.dependent());
      }
    }
    if (firstAux == verb || firstAux < 3 || !arcs.token(firstAux - 1).word().equals(",")) {
      return false;
    }
    // a relative clause before that comma: its verb has a relative pronoun for subject and hangs on a noun
    for (Dependency clause : arcs.basic) {
      int relative = clause.dependent();
      if (clause.governor() <= 0 || relative >= firstAux || !arcs.token(clause.governor()).isNoun()
          || !hasRelativeSubject(arcs, relative)) {
        continue;
      }
      int noun = clause.governor();
      boolean setOff = relative >= 3
          && (arcs.token(relative - 2).word().equals(",") || arcs.token(relative - 1).word().equals(","));
      if (relative < noun || !setOff) {
        continue; // "soldiers, who crossed": the clause opens with a comma right after the noun's phrase
      }
      arcs.enhanced.add(new Dependency(verb, noun, "nsubj"));
      return true;
    }
    return false;
  }

  private static boolean hasRelativeSubject(ParseArcs arcs, int verb) {
    for (Dependency d : arcs.basic) {
      if (d.governor() == verb && d.relation().equals("nsubj") && arcs.token(d.dependent()).tag().matches("WP|WDT")) {
        return true;
      }
    }
    return false;
  }
}
