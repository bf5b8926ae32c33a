package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplograph.annotate.Dependency;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;
import org.diplograph.resolve.NameLists;

/**
 * Turns speech told before its speaker around: "Moscow must withdraw its troops, the envoy said",
 * "'We will not back down,' he added". The parser makes what was said the head of the sentence and
 * the verb of saying its {@code parataxis}, so rules that read what a speaker said (demands,
 * criticism, threats) find no complement clause. When a verb of saying ({@code report} in
 * names.tsv) with a subject of its own and no complement hangs as parataxis on a verb before it,
 * the verb of saying takes that verb's place and the verb becomes its complement ({@code ccomp}),
 * as when the speaker comes first. What was said that the parser took for an adverbial clause of
 * the verb of saying becomes its complement too.
 */
final class QuoteRepair {
  /** How the parser hangs a participle of what was said on the verb of saying. */
  private static final Set<String> STRAY = Set.of("dep", "advcl", "parataxis");
  private final NameLists names;

  QuoteRepair(NameLists names) {
    this.names = names;
  }

  Sentence repair(Sentence sentence) {
    return ParseArcs.repairEach(sentence, (t, arcs) -> at(t, arcs));
  }

  private boolean at(Token t, ParseArcs arcs) {
    if (!t.isVerb() || !names.isReportVerb(t.lemma())) {
      return false;
    }
    int say = t.index();
    if (arcs.basic.stream().anyMatch(d -> d.governor() == say
        && (d.relation().equals("ccomp") || d.relation().equals("xcomp")))) {
      return false; // "..., he said the talks had failed": his own complement
    }
    Dependency adverbial = toldAsAdverbial(arcs, say);
    if (adverbial != null) {
      arcs.replace(List.of(adverbial), List.of(new Dependency(say, adverbial.dependent(), "ccomp")));
      return true;
    }
    Dependency hung = arcs.basicOf(say);
    if (hung == null || !(hung.relation().equals("parataxis") || hung.relation().equals("dep")) || hung.governor() >= say) {
      return false;
    }
    boolean speaker = arcs.basic.stream().anyMatch(d -> d.governor() == say && d.relation().equals("nsubj"));
    // what was said is the whole clause before: the parser often hangs the verb of saying on its
    // last word ("delivered a system to Ukraine, the ministry said": on Ukraine)
    Dependency misread = speaker ? null : appositionBefore(arcs, say);
    speaker |= misread != null;
    int said = hung.governor();
    Dependency up = arcs.basicOf(said);
    while (up != null && up.governor() != 0) {
      said = up.governor();
      up = arcs.basicOf(said);
    }
    if (!speaker || up == null || said > say || names.isReportVerb(arcs.token(said).lemma())) {
      return false; // one speaker per sentence: "..., refugees told reporters, accounts the army denied"
    }
    List<Dependency> remove = new ArrayList<>(List.of(hung, up));
    List<Dependency> add = new ArrayList<>(List.of(new Dependency(say, said, "ccomp"),
        new Dependency(up.governor(), say, up.relation())));
    if (misread != null) {
      remove.add(misread);
      add.add(new Dependency(say, misread.dependent(), "nsubj"));
    }
    strayParticiples(arcs, say, said, remove, add);
    arcs.replace(remove, add);
    return true;
  }

  /**
   * A participle of what was said that the parser hung on the verb of saying, with the noun after
   * it: "militiamen attacked a camp, killing at least 40 people, UN officials said" - the killing is
   * the militiamen's, not the officials'. It goes back to what was said, the noun as its object.
   */
  private static void strayParticiples(ParseArcs arcs, int say, int said, List<Dependency> remove,
      List<Dependency> add) {
    int speaker = arcs.basic.stream().filter(d -> d.governor() == say && d.relation().equals("nsubj"))
        .mapToInt(Dependency::dependent).min().orElse(say);
    List<Dependency> stray = arcs.basic.stream().filter(d -> d.governor() == say && d.dependent() > said
        && d.dependent() < speaker && STRAY.contains(d.relation())).toList();
    for (Dependency d : stray) {
      Token word = arcs.token(d.dependent());
      if (!(word.tag().equals("VBG") || word.tag().equals("VBN"))) {
        continue;
      }
      remove.add(d);
      add.add(new Dependency(said, d.dependent(), "advcl"));
      boolean object = arcs.basic.stream().anyMatch(c -> c.governor() == d.dependent() && c.relation().equals("obj"));
      Dependency next = stray.stream().filter(n -> n.dependent() > d.dependent() && arcs.token(n.dependent()).isNoun())
          .findFirst().orElse(null);
      if (!object && next != null) {
        remove.add(next);
        add.add(new Dependency(d.dependent(), next.dependent(), "obj"));
      }
    }
  }

  /**
   * What was said, taken by the parser for an adverbial clause of the verb of saying: "Pakistan had
   * ignored the warnings, the senator added". A clause before the verb with a subject of its own and
   * no marker ("after", "if", "as") that would make it adverbial (the verb has no complement).
   */
  private static Dependency toldAsAdverbial(ParseArcs arcs, int say) {
    Dependency found = null;
    for (Dependency d : arcs.basic) {
      if (d.governor() == say && d.relation().equals("advcl") && d.dependent() < say
          && arcs.basic.stream().anyMatch(c -> c.governor() == d.dependent() && c.relation().startsWith("nsubj"))
          && arcs.basic.stream().noneMatch(c -> c.governor() == d.dependent() && c.relation().equals("mark"))) {
        found = d;
      }
    }
    return found;
  }

  /**
   * The speaker the parser took for an apposition of the word before it: "sent drones to Russia,
   * the defence ministry in Kyiv said" hangs "ministry" on Russia. The apposition must end right
   * before the verb of saying.
   */
  private static Dependency appositionBefore(ParseArcs arcs, int say) {
    for (Dependency d : arcs.basic) {
      if (d.relation().equals("appos") && d.dependent() < say && ParseArcs.lastOf(arcs.basic, d.dependent()) == say - 1) {
        return d;
      }
    }
    return null;
  }
}
