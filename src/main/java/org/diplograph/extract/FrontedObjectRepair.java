package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.diplograph.annotate.Dependency;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;

/**
 * Gives a relative clause without "that" its object back. In "..., a move the United Nations
 * condemned" and "accounts the army denied" the parser hangs the noun on the verb as {@code dep}, or
 * as a second subject before the real one ("a charge Khartoum rejected as baseless"), instead of
 * making the verb a clause of the noun: when a verb with a subject and no object has such a noun
 * before its subject, that noun is what the verb acts on, and the arc becomes {@code obj}. When the
 * parser hung the verb on the noun instead ("..., a claim Kiev disputed": {@code dep} from the noun),
 * the verb becomes the noun's relative clause, with the noun its object in the enhanced graph, as
 * CoreNLP writes a relative clause it reads right.
 */
final class FrontedObjectRepair {

  Sentence repair(Sentence sentence) {
    return ParseArcs.repairEach(sentence, FrontedObjectRepair::at);
  }

  private static boolean at(Token t, ParseArcs arcs) {
    if (!t.isVerb() || t.tag().equals("VBG")) {
      return false;
    }
    int verb = t.index();
    Dependency fronted = null;
    List<Dependency> subjects = new ArrayList<>();
    for (Dependency d : arcs.basic) {
      if (d.governor() != verb) {
        continue;
      }
      if (d.relation().equals("obj") || d.relation().startsWith("ccomp") || d.relation().startsWith("xcomp")) {
        return false;
      }
      if (d.relation().equals("nsubj")) {
        subjects.add(d);
      } else if (d.relation().equals("dep") && d.dependent() < verb && arcs.token(d.dependent()).isNoun()) {
        fronted = d;
      }
    }
    subjects.sort(Comparator.comparingInt(Dependency::dependent));
    if (fronted == null && subjects.size() == 2 && subjects.get(1).dependent() < verb
        && arcs.token(subjects.get(0).dependent()).tag().matches("NNS?")) {
      fronted = subjects.remove(0); // "a charge Khartoum rejected": two subjects, the first a common noun
    }
    int subject = subjects.isEmpty() ? 0 : subjects.get(0).dependent();
    if (subject == 0) {
      return false;
    }
    return fronted != null ? objectBeforeSubject(arcs, verb, fronted, subject) : clauseOnNoun(arcs, verb, subject);
  }

  /** "accounts the army denied", "a charge Khartoum rejected": the noun before the subject becomes the object. */
  private static boolean objectBeforeSubject(ParseArcs arcs, int verb, Dependency fronted, int subject) {
    if (fronted.dependent() > subject) {
      return false;
    }
    arcs.replace(List.of(fronted), List.of(new Dependency(verb, fronted.dependent(), "obj")));
    return true;
  }

  /**
   * "..., a claim Kiev disputed" with the verb hung on the noun (dep, acl, or ccomp as if it were
   * the claim's content clause: a content clause has "that" or may, but one set off after a comma
   * whose verb has no object of its own is a relative clause): the verb becomes the noun's relative
   * clause, when the subject's phrase is all that stands between them.
   */
  private static boolean clauseOnNoun(ParseArcs arcs, int verb, int subject) {
    Dependency into = arcs.basicOf(verb);
    if (into == null || into.governor() <= 0 || into.governor() >= subject || !arcs.token(into.governor()).isNoun()) {
      return false;
    }
    boolean hung = into.relation().equals("dep") || into.relation().equals("acl")
        || (into.relation().equals("ccomp") && setOff(arcs, into.governor()) && arcs.basic.stream()
            .noneMatch(d -> d.governor() == verb && d.relation().matches("mark|aux:pass|nsubj:pass")));
    if (!hung) {
      return false;
    }
    for (int i = into.governor() + 1; i < subject; i++) {
      if (!arcs.token(i).isNoun() && !arcs.token(i).tag().matches("DT|JJ|PRP\\$|POS")) {
        return false;
      }
    }
    arcs.replace(List.of(into), List.of(new Dependency(into.governor(), verb, "acl:relcl")));
    arcs.enhanced.add(new Dependency(verb, into.governor(), "obj"));
    return true;
  }

  /** Whether a noun's phrase opens after a comma: "..., a claim". */
  private static boolean setOff(ParseArcs arcs, int noun) {
    int first = noun;
    for (Dependency d : arcs.basic) {
      if (d.governor() == noun && (d.relation().equals("det") || d.relation().equals("amod"))) {
        first = Math.min(first, d.dependent());
      }
    }
    return first > 1 && arcs.token(first - 1).word().equals(",");
  }
}
