package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplograph.annotate.Dependency;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;
import org.diplograph.resolve.NameLists;

/**
 * Undoes one parse the rules cannot read: a past participle right after its noun (a reduced
 * relative clause) taken for that noun's verb. "Protesters arrested by police were freed",
 * "police released the students detained at the rally", "detainees released from Guantanamo were
 * questioned": the parser makes the noun the participle's subject, and the participle the
 * sentence's verb, a subject clause or a loose dependent. A past participle with a subject but no
 * auxiliary is no finite verb, so the participle becomes what it is, a modifier of the noun it
 * follows ({@code acl}, which the rules read as "the noun undergoes it, the by-phrase acts"), and
 * the noun takes the participle's place in the clause. A past tense the parser made a complement
 * clause is read the same way when nothing makes it one ("a military jet bombed a crowd of
 * villagers gathered for a rally": no object, no "that", no verb of saying), and is retagged.
 */
final class ParticipleRepair {
  private static final Set<String> AUXILIARIES = Set.of("aux", "aux:pass", "cop");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
  /** What the participle was in the wrong parse, and what its noun becomes in the right one. */
  private static final java.util.Map<String, String> NOUN_ROLE = java.util.Map.of(
      "dep", "obj", "ccomp", "obj", "csubj", "nsubj", "csubj:pass", "nsubj:pass");
  private static final Set<String> LOOSE = Set.of("dep", "advcl", "parataxis", "conj");
  /** How the parser hangs a clause on the reporting verb after it ("..., police said"). */
  private static final Set<String> REPORTED = Set.of("ccomp", "advcl", "parataxis");

  private final NameLists names;

  ParticipleRepair(NameLists names) {
    this.names = names;
  }

  Sentence repair(Sentence sentence) {
    return ParseArcs.repairEach(sentence, (t, arcs) -> at(sentence, t, arcs));
  }

  private boolean at(Sentence sentence, Token t, ParseArcs arcs) {
    if (!t.tag().equals("VBN") && !t.tag().equals("VBD")) {
      return false; // before any search: this runs on every token of every parsed sentence
    }
    List<Dependency> basic = arcs.basic;
    int participle = t.index();
    Dependency up = arcs.basicOf(participle);
    boolean complement = up != null && up.relation().equals("ccomp");
    boolean reported = reportedClause(sentence, t, up);
    if (!reported && (t.tag().equals("VBD") || complement) && !pastTenseParticiple(sentence, basic, participle, up)) {
      return false;
    }
    Dependency subject = subjectRightBefore(sentence, basic, participle);
    if (up == null || subject == null
        || basic.stream().anyMatch(d -> d.governor() == participle && AUXILIARIES.contains(d.relation()))) {
      return false;
    }
    int noun = subject.dependent();
    int modified = lastNounBefore(sentence, arcs, noun, participle);
    List<Dependency> remove = new ArrayList<>(List.of(up, subject));
    List<Dependency> add = new ArrayList<>();
    if (up.governor() == 0 || reported) {
      // "Detainees released from Guantanamo were questioned": the verb with an auxiliary the
      // parser hung on the participle is the sentence's verb, or the reported clause's ("mortar
      // rounds fired by Al-Shabaab landed near the palace, police said")
      Dependency clause = finiteDependent(sentence, arcs, participle);
      if (clause == null) {
        return false;
      }
      int verb = clause.dependent();
      boolean passive = basic.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux:pass"));
      remove.add(clause);
      add.add(new Dependency(up.governor(), verb, up.governor() == 0 ? "root" : up.relation()));
      add.add(new Dependency(verb, noun, passive ? "nsubj:pass" : "nsubj"));
      for (Dependency d : basic) {
        if (d.governor() == participle && d.dependent() > verb) {
          remove.add(d); // the full stop and what follows the verb are the verb's
          add.add(new Dependency(verb, d.dependent(), d.relation()));
        }
      }
    } else {
      String role = NOUN_ROLE.get(up.relation());
      int governor = up.governor();
      if (role == null || !sentence.token(governor).isVerb() || (role.equals("obj")
          && basic.stream().anyMatch(d -> d.governor() == governor && d.relation().equals("obj")))) {
        return false;
      }
      add.add(new Dependency(governor, noun, role));
      for (Dependency d : basic) {
        if (d.governor() == participle && d.dependent() > participle && LOOSE.contains(d.relation())
            && sentence.token(d.dependent()).tag().equals("VBG") && sentence.token(d.dependent() - 1).word().equals(",")) {
          remove.add(d); // "bombed a crowd gathered for a rally, killing 100 people": the bombing killed
          add.add(new Dependency(governor, d.dependent(), "advcl"));
        }
      }
    }
    add.add(new Dependency(modified, participle, "acl"));
    arcs.replace(remove, add);
    if (t.tag().equals("VBD")) {
      arcs.retag(t, "VBN");
    }
    return true;
  }

  /**
   * Whether a past tense the parser made a complement clause is a participle after its noun: "a
   * military jet bombed a crowd of villagers gathered for a rally" (no object, no "that", and no
   * verb of saying above it: "police said protesters gathered" stays a clause).
   */
  private boolean pastTenseParticiple(Sentence sentence, List<Dependency> basic, int verb, Dependency up) {
    return up != null && up.relation().equals("ccomp") && up.governor() > 0
        && sentence.token(up.governor()).isVerb() && !names.isReportVerb(sentence.token(up.governor()).lemma())
        && !names.isReportVerb(sentence.token(verb).lemma()) // "raided villages ..., a police spokesman said"
        && basic.stream().noneMatch(d -> d.governor() == verb && (d.relation().equals("obj") || d.relation().equals("mark")))
        && basic.stream().noneMatch(d -> d.governor() == up.governor() && d.relation().equals("obj"));
  }

  /**
   * Whether a past participle is the head of what a reporting verb after it says: "mortar rounds
   * fired by Al-Shabaab landed near the palace, police said" hangs "fired" on "said".
   */
  private boolean reportedClause(Sentence sentence, Token participle, Dependency up) {
    return participle.tag().equals("VBN") && up != null && up.governor() > participle.index()
        && REPORTED.contains(up.relation()) && names.isReportVerb(sentence.token(up.governor()).lemma());
  }

  /** The participle's subject, when its noun phrase ends right before the participle ("protesters arrested"). */
  private static Dependency subjectRightBefore(Sentence sentence, List<Dependency> basic, int participle) {
    for (Dependency d : basic) {
      if (d.governor() == participle && d.relation().equals("nsubj") && d.dependent() < participle
          && sentence.token(d.dependent()).isNoun() && ParseArcs.lastOf(basic, d.dependent()) == participle - 1) {
        return d;
      }
    }
    return null;
  }

  /** The last noun of a noun phrase: "the family of a British soldier arrested" - the soldier was. */
  private static int lastNounBefore(Sentence sentence, ParseArcs arcs, int noun, int participle) {
    for (int i = participle - 1; i > noun; i--) {
      if (sentence.token(i).isNoun() && isWithin(arcs, i, noun)) {
        return i;
      }
    }
    return noun;
  }

  /**
   * A verb after the participle with an auxiliary or a tense of its own and no subject, hung on it by
   * the parser: "detainees released from Guantanamo were questioned", "Iraqi forces backed by
   * helicopter gunships raided a hideout"; or a verb with a tense of its own hung lower, right after a
   * noun of the participle's phrase ("a bomb hidden in a rubbish bin exploded").
   */
  private static Dependency finiteDependent(Sentence sentence, ParseArcs arcs, int participle) {
    List<Dependency> basic = arcs.basic;
    for (Dependency d : basic) {
      int verb = d.dependent();
      boolean loose = d.governor() == participle && (d.relation().equals("dep") || d.relation().equals("parataxis"));
      // "a bomb hidden in a rubbish bin exploded", "a bomb attached to a minibus exploded": hung
      // lower down, as a modifier of the participle's last noun or an adverb
      boolean lower = verb > participle && (d.relation().equals("acl") || d.relation().equals("advmod")) && d.governor() != 0
          && isWithin(arcs, d.governor(), participle) && FINITE.contains(sentence.token(verb).tag())
          && sentence.token(verb - 1).isNoun();
      if (verb > participle && (loose || lower)
          && sentence.token(verb).isVerb()
          && ((FINITE.contains(sentence.token(verb).tag()) && noCommaBetween(sentence, participle, verb))
              || basic.stream().anyMatch(c -> c.governor() == verb && AUXILIARIES.contains(c.relation())))
          && basic.stream().noneMatch(c -> c.governor() == verb && c.relation().startsWith("nsubj"))) {
        return d;
      }
    }
    return null;
  }

  /** "Houthi snipers shot dead a child ..., the city's health office said": a verb after a comma is another clause's. */
  private static boolean noCommaBetween(Sentence sentence, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (sentence.token(i).word().equals(",")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWithin(ParseArcs arcs, int token, int ancestor) {
    int node = token;
    for (int steps = 0; node != 0 && steps < arcs.basic.size(); steps++) {
      if (node == ancestor) {
        return true;
      }
      Dependency up = arcs.basicOf(node);
      node = up == null ? 0 : up.governor();
    }
    return false;
  }
}
