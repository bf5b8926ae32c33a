package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplograph.annotate.Dependency;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;
import org.diplograph.resolve.NameLists;

/**
 * Undoes one parse the rules cannot read: a gerund right after a preposition, with its object,
 * taken for an adjective of that object ("responded by imposing tariffs" parsed as "by [imposing]
 * tariffs", "criticised Tokyo for sending warships"). The gerund takes the object's place under the
 * clause, and the object becomes its object. Participles that usually describe their noun
 * ("against occupying forces") are left as they are, unless the noun is a name.
 */
final class GerundRepair {
  private static final Set<String> DESTINATIONS = Set.of("nmod:to", "nmod:into", "nmod:toward",
      "nmod:towards");
  private final NameLists names;

  GerundRepair(NameLists names) {
    this.names = names;
  }

  Sentence repair(Sentence sentence) {
    return ParseArcs.repairEach(sentence, (t, arcs) -> at(sentence, t, arcs));
  }

  private boolean at(Sentence sentence, Token t, ParseArcs arcs) {
    List<Dependency> basic = arcs.basic;
    int gerund = t.index();
    Dependency modifier = arcs.basicOf(gerund);
    if (!t.tag().equals("VBG") || gerund == 1 || modifier == null || !modifier.relation().equals("amod")) {
      return false;
    }
    int noun = modifier.governor();
    if (names.isAttributive(t.word().toLowerCase(Locale.ROOT)) && !sentence.token(noun).tag().startsWith("NNP")
        && !ArgumentSlots.REASON_WORDS.contains(sentence.token(gerund - 1).lemma())) {
      // but a name is no kind of thing a participle describes ("a role in fighting Islamic State"),
      // and what one is blamed or praised for is a deed ("criticised for attacking Kurdish militias")
      return false;
    }
    Dependency nounArc = arcs.basicOf(noun);
    Dependency preposition = arcs.basicOf(gerund - 1);
    if (noun <= gerund || nounArc == null || nounArc.governor() == 0 || preposition == null
        || preposition.governor() != noun || !preposition.relation().equals("case")
        || !(nounArc.relation().startsWith("obl") || nounArc.relation().startsWith("nmod"))) {
      return false;
    }
    int clause = nounArc.governor();
    basic.remove(modifier);
    basic.remove(nounArc);
    basic.remove(preposition);
    basic.add(new Dependency(clause, gerund, nounArc.relation()));
    basic.add(new Dependency(gerund, noun, "obj"));
    basic.add(new Dependency(gerund, gerund - 1, "case"));
    List<Dependency> edges = new ArrayList<>();
    for (Dependency d : arcs.enhanced) {
      if (d.dependent() == gerund && d.governor() == noun) {
        continue; // the adjective arc
      } else if (d.dependent() == noun && d.governor() == clause) {
        edges.add(new Dependency(clause, gerund, d.relation())); // "obl:by" now reaches the gerund
      } else if (d.dependent() == gerund - 1 && d.governor() == noun) {
        edges.add(new Dependency(gerund, gerund - 1, "case"));
      } else if (d.governor() == noun && DESTINATIONS.contains(d.relation())) {
        // "sending warships to the strait": where the object goes is the verb's
        edges.add(new Dependency(gerund, d.dependent(), d.relation().replace("nmod:", "obl:")));
      } else {
        edges.add(d);
      }
    }
    edges.add(new Dependency(gerund, noun, "obj"));
    arcs.enhanced = edges;
    return true;
  }
}
