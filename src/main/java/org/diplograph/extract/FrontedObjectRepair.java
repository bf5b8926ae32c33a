package org.diplograph.extract;

import java.util.List;
import org.diplograph.annotate.Dependency;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;

/**
 * Gives a relative clause without "that" its object back: in "..., a move the United Nations
 * condemned" and "accounts the army denied" the parser hangs the noun on the verb as {@code dep}
 * instead of making the verb a clause of the noun. When a verb with a subject and no object has a
 * {@code dep} noun before its subject, that noun is what the verb acts on: the arc becomes
 * {@code obj}.
 */
final class FrontedObjectRepair {

  Sentence repair(Sentence sentence) {
    return ParseArcs.repairEach(sentence, FrontedObjectRepair::at);
  }

  private static boolean at(Token t, ParseArcs arcs) {
    if (!t.isVerb()) {
      return false;
    }
    int verb = t.index();
    Dependency fronted = null;
    int subject = 0;
    for (Dependency d : arcs.basic) {
      if (d.governor() != verb) {
        continue;
      }
      if (d.relation().equals("obj") || d.relation().startsWith("ccomp") || d.relation().startsWith("xcomp")) {
        return false;
      }
      if (d.relation().equals("nsubj")) {
        subject = d.dependent();
      } else if (d.relation().equals("dep") && d.dependent() < verb && arcs.token(d.dependent()).isNoun()) {
        fronted = d;
      }
    }
    if (fronted == null || subject == 0 || fronted.dependent() > subject) {
      return false;
    }
    arcs.replace(List.of(fronted), List.of(new Dependency(verb, fronted.dependent(), "obj")));
    return true;
  }
}
