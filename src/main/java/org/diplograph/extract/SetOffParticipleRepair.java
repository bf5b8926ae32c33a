package org.diplograph.extract;

import java.util.List;
import java.util.Set;
import org.diplograph.annotate.Dependency;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;

/**
 * Undoes one parse the rules cannot read: a past participle set off by a comma after the noun it
 * describes, taken for a finite verb of the clause. "Appealed for the release of aid worker Margaret
 * Hassan, kidnapped in Iraq": the tagger makes "kidnapped" a past tense and the parser a loose
 * dependent of "appealed", so nobody was kidnapped. A past verb with no subject and no auxiliary
 * right after "noun ," becomes what it is, a participle modifying that noun ({@code acl}, which the
 * rules read as "the noun undergoes it"), tagged as one.
 */
final class SetOffParticipleRepair {
  private static final Set<String> LOOSE = Set.of("dep", "parataxis");
  /** Place names: "in custody in Syria, accused of ...": what the participle says is not of the place. */
  private static final Set<String> PLACES = Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE");
  private static final Set<String> OWN = Set.of("nsubj", "nsubj:pass", "csubj", "aux", "aux:pass", "cop",
      "mark");

  Sentence repair(Sentence sentence) {
    return ParseArcs.repairEach(sentence, (t, arcs) -> at(sentence, t, arcs));
  }

  private boolean at(Sentence sentence, Token t, ParseArcs arcs) {
    int verb = t.index();
    if (!(t.tag().equals("VBD") || t.tag().equals("VBN")) || verb < 3
        || !sentence.token(verb - 1).word().equals(",") || !sentence.token(verb - 2).isNoun()
        || PLACES.contains(sentence.token(verb - 2).ner())) {
      return false;
    }
    int noun = verb - 2;
    Dependency up = arcs.basicOf(verb);
    boolean attached = up != null && up.governor() == noun && up.relation().equals("acl");
    if (up == null || !(attached || LOOSE.contains(up.relation()))
        || arcs.basic.stream().anyMatch(d -> d.governor() == verb && OWN.contains(d.relation()))) {
      return false;
    }
    if (!attached) {
      arcs.replace(List.of(up), List.of(new Dependency(noun, verb, "acl")));
    } else if (t.tag().equals("VBN")) {
      return false; // already read as it should be
    }
    // "reporter John Smith, kidnapped in Mali" hung right but tagged a past tense: a participle all the same
    arcs.retag(t, "VBN");
    return true;
  }
}
