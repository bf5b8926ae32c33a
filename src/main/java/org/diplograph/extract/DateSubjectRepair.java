package org.diplograph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplograph.annotate.Dependency;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;

/**
 * Undoes one parse the rules cannot read: a date between a verb and its infinitive taken for the
 * infinitive's subject. "Ukraine refused on Friday to cede territory": the parser makes "on Friday
 * to cede territory" a clause marked by "on" whose subject is Friday, so nobody would cede anything.
 * The date becomes what it is, when the verb acted ({@code obl:on}), and the infinitive the verb's
 * complement, done by the verb's subject ({@code xcomp}, with {@code nsubj:xsubj} in the enhanced
 * graph, as the parser gives "agreed on Sunday to release"), or, after a verb with an object, the
 * purpose it stays ("met party officials on Wednesday to open talks").
 */
final class DateSubjectRepair {
  private static final Set<String> DATES = Set.of("DATE", "TIME");
  /** The prepositions the parser takes for the clause's marks: "on Friday", "at dawn". */
  private static final Set<String> DATE_PREPOSITIONS = Set.of("on", "at");

  /** The misread construction: the date, its preposition, the infinitive and the verb it hangs on. */
  private record Misread(Dependency subject, Dependency clause, Dependency mark, int verb) {
    int date() {
      return subject.dependent();
    }

    int infinitive() {
      return subject.governor();
    }
  }

  Sentence repair(Sentence sentence) {
    return ParseArcs.repairEach(sentence, (t, arcs) -> {
      Misread m = find(sentence, t, arcs);
      if (m == null) {
        return false;
      }
      String preposition = sentence.token(m.mark().dependent()).word().toLowerCase(Locale.ROOT);
      if (arcs.basic.stream().anyMatch(d -> d.governor() == m.verb() && d.relation().equals("obj"))) {
        purpose(m, arcs);
      } else {
        complement(m, arcs);
      }
      arcs.basic.add(new Dependency(m.verb(), m.date(), "obl"));
      arcs.enhanced.add(new Dependency(m.verb(), m.date(), "obl:" + preposition));
      return true;
    });
  }

  private static Misread find(Sentence sentence, Token t, ParseArcs arcs) {
    if (!DATES.contains(t.ner()) || !t.isNoun()) {
      return null;
    }
    Dependency subject = arcs.basicOf(t.index());
    if (subject == null || !subject.relation().equals("nsubj") || subject.governor() <= t.index()) {
      return null;
    }
    int infinitive = subject.governor();
    Dependency clause = arcs.basicOf(infinitive);
    Dependency mark = markOf(sentence, arcs, infinitive, DATE_PREPOSITIONS);
    if (clause == null || mark == null || mark.dependent() > t.index() || !clause.relation().equals("advcl")
        || clause.governor() == 0 || !sentence.token(clause.governor()).isVerb()
        || !sentence.token(infinitive).tag().equals("VB") || markOf(sentence, arcs, infinitive, Set.of("to")) == null) {
      return null;
    }
    return new Misread(subject, clause, mark, clause.governor());
  }

  private static Dependency markOf(Sentence sentence, ParseArcs arcs, int head, Set<String> words) {
    return arcs.basic.stream().filter(d -> d.governor() == head && d.relation().equals("mark")
        && words.contains(sentence.token(d.dependent()).word().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
  }

  /** "met party officials on Wednesday to open talks": the infinitive stays the verb's purpose. */
  private static void purpose(Misread m, ParseArcs arcs) {
    // the clause arc goes and comes back so that its enhanced label no longer names the date's "on"
    arcs.replace(List.of(m.subject(), m.mark(), m.clause()), List.of(new Dependency(m.date(), m.mark().dependent(), "case")));
    arcs.basic.add(m.clause());
    arcs.enhanced.add(new Dependency(m.verb(), m.infinitive(), "advcl:to"));
  }

  /** "refused on Friday to hand over the bodies": the infinitive completes the verb, done by its subject. */
  private static void complement(Misread m, ParseArcs arcs) {
    arcs.replace(List.of(m.subject(), m.clause(), m.mark()), List.of(new Dependency(m.verb(), m.infinitive(), "xcomp"),
        new Dependency(m.date(), m.mark().dependent(), "case")));
    arcs.basic.stream().filter(d -> d.governor() == m.verb() && d.relation().equals("nsubj"))
        .map(d -> new Dependency(m.infinitive(), d.dependent(), "nsubj:xsubj")).toList()
        .forEach(arcs.enhanced::add);
  }
}
