package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
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
  private static final Set<String> MARKS = Set.of("on", "at");

  Sentence repair(Sentence sentence) {
    return ParseArcs.repairEach(sentence, (t, arcs) -> at(sentence, t, arcs));
  }

  private boolean at(Sentence sentence, Token t, ParseArcs arcs) {
    if (!DATES.contains(t.ner()) || !t.isNoun()) {
      return false;
    }
    int date = t.index();
    Dependency subject = arcs.basicOf(date);
    if (subject == null || !subject.relation().equals("nsubj") || subject.governor() <= date) {
      return false;
    }
    int infinitive = subject.governor();
    Dependency clause = arcs.basicOf(infinitive);
    Dependency mark = arcs.basic.stream().filter(d -> d.governor() == infinitive && d.dependent() < date
        && d.relation().equals("mark") && MARKS.contains(sentence.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT)))
        .findFirst().orElse(null);
    boolean to = arcs.basic.stream().anyMatch(d -> d.governor() == infinitive && d.relation().equals("mark")
        && sentence.token(d.dependent()).word().equalsIgnoreCase("to"));
    if (clause == null || mark == null || !to || !clause.relation().equals("advcl") || clause.governor() == 0
        || !sentence.token(clause.governor()).isVerb() || !sentence.token(infinitive).tag().equals("VB")) {
      return false;
    }
    int verb = clause.governor();
    String preposition = sentence.token(mark.dependent()).word().toLowerCase(java.util.Locale.ROOT);
    if (arcs.basic.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj"))) {
      // "met party officials on Wednesday to open talks": a purpose, which the rules give the verb's subject
      arcs.replace(List.of(subject, mark), List.of(new Dependency(date, mark.dependent(), "case")));
      arcs.basic.add(new Dependency(verb, date, "obl"));
      arcs.enhanced.add(new Dependency(verb, date, "obl:" + preposition));
      return true;
    }
    arcs.replace(List.of(subject, clause, mark), List.of(new Dependency(verb, infinitive, "xcomp"),
        new Dependency(date, mark.dependent(), "case")));
    arcs.basic.add(new Dependency(verb, date, "obl"));
    arcs.enhanced.add(new Dependency(verb, date, "obl:" + preposition));
    List<Dependency> controllers = new ArrayList<>();
    for (Dependency d : arcs.basic) {
      if (d.governor() == verb && d.relation().equals("nsubj")) {
        controllers.add(new Dependency(infinitive, d.dependent(), "nsubj:xsubj"));
      }
    }
    arcs.enhanced.addAll(controllers);
    return true;
  }
}
