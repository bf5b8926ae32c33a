package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.annotate.Dependency;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;

/**
 * Undoes one parse the rules cannot read: a noun phrase ending in a name and a common noun ("talks
 * between the government and UNITA rebels", "a peace deal between Bogota and FARC rebels") that
 * the parser splits after the name, making the whole phrase before the last noun a compound
 * modifier of it: "[talks between the government and UNITA] rebels resumed". A compound with a
 * phrase of its own is no compound: the phrase's head takes the last noun's place in the clause,
 * and the last noun takes the name's place in the phrase, with the name as its compound.
 */
final class CompoundRepair {

  Sentence repair(Sentence sentence) {
    return ParseArcs.repairEach(sentence, (t, arcs) -> at(sentence, t, arcs));
  }

  private boolean at(Sentence sentence, Token t, ParseArcs arcs) {
    if (!t.isNoun() || t.tag().startsWith("NNP")) {
      return false; // before any search: this runs on every token of every parsed sentence
    }
    int phrase = t.index();
    Dependency up = arcs.basicOf(phrase);
    if (up == null || !up.relation().equals("compound") || up.governor() <= phrase + 1) {
      return false;
    }
    int last = up.governor();
    Token lastNoun = sentence.token(last);
    int name = last - 1;
    Dependency nameArc = arcs.basicOf(name);
    Dependency lastArc = arcs.basicOf(last);
    if (!lastNoun.isNoun() || lastNoun.tag().startsWith("NNP") || lastArc == null || nameArc == null
        || arcs.basic.stream().noneMatch(d -> d.governor() == phrase && d.relation().startsWith("nmod"))
        || ParseArcs.lastOf(arcs.basic, phrase) != name || !namesSomeone(sentence.token(name))
        || !(nameArc.relation().startsWith("conj") || nameArc.relation().startsWith("nmod"))) {
      return false;
    }
    List<Dependency> remove = List.of(up, lastArc, nameArc);
    List<Dependency> add = List.of(new Dependency(lastArc.governor(), phrase, lastArc.relation()),
        new Dependency(nameArc.governor(), last, nameArc.relation()), new Dependency(last, name, "compound"));
    arcs.basic.removeAll(remove);
    arcs.basic.addAll(add);
    List<Dependency> enhanced = new ArrayList<>();
    for (Dependency d : arcs.enhanced) {
      if (d.dependent() == phrase && d.governor() == last) {
        continue;
      }
      if (d.dependent() == last) {
        enhanced.add(new Dependency(d.governor(), phrase, d.relation())); // the phrase's head is the subject, object ...
      } else if (d.dependent() == name) {
        enhanced.add(new Dependency(d.governor(), last, d.relation())); // ... and the common noun is the conjunct
      } else {
        enhanced.add(d);
      }
    }
    enhanced.add(new Dependency(last, name, "compound"));
    arcs.enhanced = enhanced;
    return true;
  }

  /** A name: a proper noun, or a word the NER tagger gave a name's class ("UNITA" tagged NN). */
  private static boolean namesSomeone(Token token) {
    return token.isNoun() && (token.tag().startsWith("NNP") || !token.ner().equals("O"));
  }
}
