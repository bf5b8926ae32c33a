package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplograph.annotate.Dependency;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;
import org.diplograph.resolve.NameLists;

/**
 * Undoes one parse the rules cannot read: reported speech without "that", whose subject the parser
 * takes for the object of the verb of saying. "The spokesman said Israel had fired rockets":
 * Israel becomes the object of "said" and "fired" its complement, so the firing has no subject;
 * "The president said the army would launch an assault": "said" becomes a subject clause of
 * "launch" (or, after a comma, "saying" its subject). When a noun phrase after a verb of saying
 * ({@code report} in names.tsv) is followed right away by an auxiliary of a verb with no other
 * subject, that noun phrase is the verb's subject and the verb is what was said.
 */
final class ReportRepair {
  private static final Set<String> AUXILIARIES = Set.of("aux", "aux:pass");
  private static final Set<String> REPORTED = Set.of("xcomp", "ccomp", "dep", "parataxis");

  private final NameLists names;

  ReportRepair(NameLists names) {
    this.names = names;
  }

  Sentence repair(Sentence sentence) {
    return ParseArcs.repairEach(sentence, (t, arcs) -> at(sentence, t, arcs));
  }

  private boolean at(Sentence sentence, Token t, ParseArcs arcs) {
    if (!t.isVerb() || !names.isReportVerb(t.lemma())) {
      return false; // before any search: this runs on every token of every parsed sentence
    }
    int say = t.index();
    Dependency object = null;
    for (Dependency d : arcs.basic) {
      if (d.governor() == say && d.relation().equals("obj") && d.dependent() > say
          && (sentence.token(d.dependent()).isNoun() || sentence.token(d.dependent()).isPronoun())) {
        object = d;
      }
    }
    if (object == null) {
      return false;
    }
    int noun = object.dependent();
    int auxiliary = ParseArcs.lastOf(arcs.basic, noun) + 1;
    Dependency auxArc = arcs.basicOf(auxiliary);
    if (auxArc == null || !AUXILIARIES.contains(auxArc.relation()) || auxArc.governor() <= auxiliary) {
      return false;
    }
    int verb = auxArc.governor();
    if (!sentence.token(verb).isVerb() || arcs.basic.stream()
        .anyMatch(d -> d.governor() == verb && d.dependent() != say && d.relation().startsWith("nsubj"))) {
      return false;
    }
    boolean passive = arcs.basic.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux:pass"));
    Dependency subject = new Dependency(verb, noun, passive ? "nsubj:pass" : "nsubj");
    Dependency down = arcs.basicOf(verb);
    Dependency up = arcs.basicOf(say);
    List<Dependency> remove = new ArrayList<>(List.of(object, new Dependency(verb, noun, "nsubj:xsubj")));
    List<Dependency> add = new ArrayList<>(List.of(subject, new Dependency(say, verb, "ccomp")));
    if (down != null && down.governor() == say && REPORTED.contains(down.relation())) {
      remove.add(down); // "said Israel [xcomp:] had fired"
    } else if (up != null && up.governor() == verb && (up.relation().startsWith("csubj") || up.relation().equals("nsubj"))
        && down != null) {
      // "The president [csubj:] said the army would launch", "..., [nsubj:] saying the army would
      // launch": "said" takes the verb's place
      remove.add(up);
      remove.add(down);
      add.add(new Dependency(down.governor(), say, down.relation()));
    } else {
      return false;
    }
    arcs.replace(remove, add);
    return true;
  }
}
