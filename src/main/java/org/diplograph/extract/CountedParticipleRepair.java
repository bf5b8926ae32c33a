package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplograph.annotate.Dependency;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;

/**
 * Undoes a count read as a subject: in "threatened to kill two kidnapped Spanish aid workers" the
 * parser makes "two" the subject of "kidnapped", a past tense with "Spanish aid workers" for its
 * object and the clause the object of "kill". A bare count right before a past form and its noun
 * right after, with nothing but the noun's own words between, is one noun phrase: the count counts
 * the noun, the participle describes it, and the noun is the verb's object.
 */
final class CountedParticipleRepair {
  private static final Set<String> CLAUSE = Set.of("ccomp", "dep");

  Sentence repair(Sentence sentence) {
    return ParseArcs.repairEach(sentence, CountedParticipleRepair::at);
  }

  private static boolean at(Token t, ParseArcs arcs) {
    if (!t.tag().equals("VBD") && !t.tag().equals("VBN")) {
      return false;
    }
    int participle = t.index();
    Dependency up = arcs.basicOf(participle);
    if (up == null || !CLAUSE.contains(up.relation()) || up.governor() == 0 || !arcs.token(up.governor()).isVerb()
        || up.governor() > participle) {
      return false;
    }
    int verb = up.governor();
    Dependency count = null;
    Dependency object = null;
    for (Dependency d : arcs.basic) {
      if (d.governor() == verb && d.relation().equals("obj")) {
        return false;
      }
      if (d.governor() == participle && d.relation().equals("nsubj") && d.dependent() == participle - 1
          && arcs.token(d.dependent()).tag().equals("CD")) {
        count = d;
      } else if (d.governor() == participle && d.relation().equals("obj")) {
        object = d;
      } else if (d.governor() == participle && (d.relation().startsWith("aux") || d.relation().equals("mark"))) {
        return false; // "said two had died": a clause of its own
      }
    }
    if (count == null || object == null || !ownWords(arcs, participle, object.dependent())) {
      return false;
    }
    int countToken = count.dependent();
    if (arcs.basic.stream().anyMatch(d -> d.governor() == countToken)) {
      return false; // "two of them": no bare count
    }
    int noun = object.dependent();
    List<Dependency> remove = new ArrayList<>(List.of(up, count, object));
    List<Dependency> add = new ArrayList<>(List.of(
        new Dependency(verb, noun, "obj"),
        new Dependency(noun, countToken, "nummod"),
        new Dependency(noun, participle, "amod")));
    for (Dependency d : arcs.basic) {
      if (d.governor() == participle && d.dependent() > noun) {
        remove.add(d); // "... unless Madrid paid a ransom" belongs to the clause, not the participle
        add.add(new Dependency(verb, d.dependent(), d.relation()));
      }
    }
    arcs.replace(remove, add);
    arcs.retag(t, "VBN");
    return true;
  }

  /** Whether every word between the participle and the noun belongs to the noun's phrase. */
  private static boolean ownWords(ParseArcs arcs, int participle, int noun) {
    if (noun <= participle || !arcs.token(noun).isNoun()) {
      return false;
    }
    for (int i = participle + 1; i < noun; i++) {
      Dependency d = arcs.basicOf(i);
      if (d == null || d.governor() != noun) {
        return false;
      }
    }
    return true;
  }
}
