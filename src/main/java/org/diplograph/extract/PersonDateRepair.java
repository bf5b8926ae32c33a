package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import org.diplograph.annotate.Dependency;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;

/**
 * Undoes a person the parser took for a date: in "begged Theresa May for help" and "met Theresa May
 * in London" it hangs the name on the verb as a bare time ({@code obl:tmod}), because "May" is a month,
 * while NER sees the person. A verb with no object of its own then gets the name as its object.
 */
final class PersonDateRepair {
  private static final Set<String> TIMES = Set.of("obl:tmod", "nmod:tmod", "obl:npmod");

  Sentence repair(Sentence sentence) {
    return ParseArcs.repairEach(sentence, PersonDateRepair::at);
  }

  private static boolean at(Token t, ParseArcs arcs) {
    if (!t.ner().equals("PERSON") || !t.tag().startsWith("NNP")) {
      return false;
    }
    Dependency time = arcs.basicOf(t.index());
    if (time == null || !TIMES.contains(time.relation()) || time.governor() == 0
        || !arcs.token(time.governor()).isVerb()
        || arcs.basic.stream().anyMatch(d -> d.governor() == time.governor() && d.relation().equals("obj"))) {
      return false;
    }
    arcs.replace(List.of(time), List.of(new Dependency(time.governor(), t.index(), "obj")));
    return true;
  }
}
