package org.diplograph.extract;

import java.util.List;
import org.diplograph.annotate.Dependency;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;

/**
 * Undoes the parse of a predicative "as" put before the object, a turn of wire news: in "Russia
 * rejected as baseless accusations that ..." and "denounced as illegal the strike by teachers" the
 * parser reads "as baseless accusations" as one phrase, the verb's {@code obl:as}, and the verb has
 * no object. The noun is the object; the adjective says how the doer calls it.
 */
final class PredicativeAsRepair {
  Sentence repair(Sentence sentence) {
    return ParseArcs.repairEach(sentence, PredicativeAsRepair::at);
  }

  private static boolean at(Token noun, ParseArcs arcs) {
    Dependency as = arcs.basicOf(noun.index());
    if (as == null || !as.relation().equals("obl") || as.governor() == 0 || !arcs.token(as.governor()).isVerb()
        || as.governor() > noun.index()
        || arcs.basic.stream().anyMatch(d -> d.governor() == as.governor()
            && (d.relation().equals("obj") || d.relation().endsWith(":pass")))) {
      return false; // "was dismissed as fake news" has its object already
    }
    Dependency adjective = null;
    Dependency preposition = null;
    for (Dependency d : arcs.basic) {
      if (d.governor() != noun.index()) {
        continue;
      }
      if (d.relation().equals("case") && arcs.token(d.dependent()).word().equalsIgnoreCase("as")) {
        preposition = d;
      } else if (d.relation().equals("amod") && arcs.token(d.dependent()).tag().startsWith("JJ")) {
        adjective = adjective == null || d.dependent() < adjective.dependent() ? d : adjective;
      }
    }
    // "as", then the adjective right after it, then the noun's own words: not "as a senior official"
    if (preposition == null || adjective == null || adjective.dependent() != preposition.dependent() + 1
        || adjective.dependent() >= noun.index()) {
      return false;
    }
    arcs.replace(List.of(as, preposition, adjective), List.of(
        new Dependency(as.governor(), noun.index(), "obj"),
        new Dependency(as.governor(), adjective.dependent(), "advcl"),
        new Dependency(adjective.dependent(), preposition.dependent(), "mark")));
    return true;
  }
}
