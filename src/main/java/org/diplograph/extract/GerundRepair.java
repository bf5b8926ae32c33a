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
 * ("against occupying forces") are left as they are, unless the noun is a name. The same for a
 * participle after a comma whose noun the parser made a second object of the verb before it.
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
    if (setOff(sentence, arcs, gerund, noun, modifier, !names.isAttributive(t.word().toLowerCase(Locale.ROOT)))) {
      return true;
    }
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

  /**
   * The second case: a participle set off by a comma, taken for an adjective of its object, which
   * then hangs as a second object of the clause's verb ("ordered the ambassador to leave, accusing
   * Paris of interfering" parsed as "ordered [accusing] Paris"). Two objects of one verb say the
   * parse is wrong, and so does a name after a participle that is no attribute ("told the envoy to
   * leave within a week, accusing Brussels of ..."): the participle becomes a clause of that verb, as
   * "cut ties with Belgium, accusing Brussels of ..." is parsed, and the noun its object, with what
   * the noun's of-phrase said.
   */
  private static boolean setOff(Sentence sentence, ParseArcs arcs, int gerund, int noun, Dependency modifier,
      boolean act) {
    Dependency nounArc = arcs.basicOf(noun);
    if (noun <= gerund || !sentence.token(gerund - 1).word().equals(",") || nounArc == null
        || !nounArc.relation().equals("obj") || nounArc.governor() >= gerund - 1) {
      return false;
    }
    boolean twoObjects = arcs.basic.stream()
        .filter(d -> d.governor() == nounArc.governor() && d.relation().equals("obj")).count() >= 2;
    if (!twoObjects && !(act && sentence.token(noun).tag().startsWith("NNP"))) {
      return false; // one object that a participle describes: only a name is no kind of thing it describes
    }
    int clause = nounArc.governor();
    for (Dependency up = arcs.basicOf(clause); up != null && up.relation().equals("xcomp"); up = arcs.basicOf(clause)) {
      clause = up.governor(); // "told the envoy [to leave ...], accusing": the participle is of who told
    }
    arcs.basic.remove(modifier);
    arcs.basic.remove(nounArc);
    arcs.basic.add(new Dependency(clause, gerund, "advcl"));
    arcs.basic.add(new Dependency(gerund, noun, "obj"));
    int verb = nounArc.governor();
    // "flooding villages and killing 30 people": a participle joined to the noun is a clause of the
    // verb as well, done by its subject (main: the clause, final for the lambdas)
    int main = clause;
    List<Integer> joined = arcs.basic.stream().filter(d -> d.governor() == noun && d.relation().equals("conj")
        && sentence.token(d.dependent()).tag().equals("VBG")).map(Dependency::dependent).toList();
    arcs.basic.replaceAll(d -> joined.contains(d.dependent()) && d.governor() == noun
        ? new Dependency(main, d.dependent(), "advcl") : d);
    List<Dependency> edges = new ArrayList<>();
    joined.forEach(j -> edges.add(new Dependency(main, j, "advcl")));
    for (Dependency d : arcs.enhanced) {
      if (joined.contains(d.dependent())) {
        continue; // nor an object of the verb, a conjunct of the noun or the infinitive's subject
      }
      if ((d.dependent() == gerund && d.governor() == noun) || (d.dependent() == noun && d.governor() != gerund
          && (d.governor() == verb || d.relation().equals("nsubj:xsubj")))) {
        continue; // the adjective arc, the second object, and the object made the infinitive's subject
      } else if (d.governor() == noun && d.relation().equals("nmod:of")) {
        edges.add(new Dependency(gerund, d.dependent(), "obl:of")); // "accusing Paris of interfering"
      } else {
        edges.add(d);
      }
    }
    arcs.basic.replaceAll(d -> d.governor() == noun && d.relation().equals("nmod")
        && arcs.basic.stream().anyMatch(c -> c.governor() == d.dependent() && c.relation().equals("case")
            && sentence.token(c.dependent()).word().equalsIgnoreCase("of"))
        ? new Dependency(gerund, d.dependent(), "obl") : d);
    edges.add(new Dependency(clause, gerund, "advcl"));
    edges.add(new Dependency(gerund, noun, "obj"));
    arcs.enhanced = edges;
    return true;
  }
}
