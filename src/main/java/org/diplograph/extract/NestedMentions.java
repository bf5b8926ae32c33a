package org.diplograph.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.annotate.DependencyGraph;
import org.diplograph.resolve.NameLists;

/**
 * The readings of one sentence's event mentions taken together: one act read twice is one mention
 * (a trigger carrying another of its type), what an act undoes or a request asks for is none, and
 * another's demand turned down stays one.
 */
final class NestedMentions {
  private NestedMentions() {}

  /**
   * One event where a trigger is the object (or passive subject) of another of the same type: "signed an agreement",
   * "hosted talks" are one act each (the reading with most participants); "did not meet him
   * during his visit" stays two. Likewise a verb and the noun naming its cause: "civilians were
   * killed in an air strike" is one assault. What is no act of its own beside another (what it
   * undoes, why it was done, what talks are about, what a request asks for) is no event; another's
   * demand, charge or threat turned down is, made of whoever turned it down.
   */
  static List<EventMention> nested(List<EventMention> found, DependencyGraph graph, NameLists names) {
    List<EventMention> out = new ArrayList<>(found);
    // the triggers each mention stands for once merged: a merge may go on from any of them
    Map<EventMention, List<Integer>> triggers = new IdentityHashMap<>();
    found.forEach(e -> triggers.put(e, List.of(e.trigger())));
    Set<Integer> acts = found.stream().map(EventMention::trigger).collect(java.util.stream.Collectors.toSet());
    boolean changed = true;
    while (changed) {
      changed = false;
      search:
      for (EventMention a : List.copyOf(out)) {
        for (EventMention b : List.copyOf(out)) {
          if (a == b) {
            continue;
          }
          boolean sameType = a.event().type().equals(b.event().type());
          if (sameType && triggers.get(a).stream().anyMatch(x -> triggers.get(b).stream()
              .anyMatch(y -> carries(graph, x, y, acts) || measureOf(graph, y, x)))) {
            // "detonated a bomb ..., wounding five people": the clause tells who acted, the
            // participle what came of it (its subject is only the parser's guess)
            EventMention kept = !a.sources().isEmpty() && resultOf(graph, b.trigger(), a.trigger()) ? a : better(a, b);
            EventMention other = kept == a ? b : a;
            EventMention merged = joined(kept, other);
            List<Integer> covered = new ArrayList<>(triggers.get(kept));
            covered.addAll(triggers.get(other));
            triggers.put(merged, covered);
            out.set(out.indexOf(kept), merged);
            out.remove(other);
            changed = true;
            break search;
          } else if (!sameType && noActOfItsOwn(graph, names, a, b)) {
            out.remove(b);
            changed = true;
            break search;
          }
        }
      }
    }
    return out.stream().map(b -> refusedAct(out, graph, names, b)).map(b -> deniedCharge(out, b))
        .map(b -> protestedDemand(out, graph, b)).toList();
  }

  /**
   * A protest with no target is aimed at whom the protesters' demand told after it is made of:
   * "Serbs marched through Belgrade, demanding that Milosevic recognise the results" protests
   * against Milosevic.
   */
  private static EventMention protestedDemand(List<EventMention> all, DependencyGraph graph, EventMention b) {
    if (!b.event().type().plover().equals("PROTEST") || !b.targets().isEmpty() || b.sources().isEmpty()) {
      return b;
    }
    for (EventMention a : all) {
      if (a.event().type().plover().equals("REQUEST") && !a.targets().isEmpty() && a.trigger() > b.trigger()
          && graph.token(a.trigger()).tag().equals("VBG") && graph.head(a.trigger()) == b.trigger()
          && a.sources().stream().anyMatch(s -> b.sources().stream().anyMatch(t -> t.key().equals(s.key())))) {
        return b.withTargets(a.targets());
      }
    }
    return b;
  }

  /**
   * A denial with no target by someone the sentence has accused before it answers the accusers:
   * "Riyadh blamed Iran for the attacks, although Tehran denied any involvement" rejects Riyadh.
   */
  private static EventMention deniedCharge(List<EventMention> all, EventMention b) {
    if (!b.event().type().plover().equals("REJECT") || !b.targets().isEmpty() || b.sources().isEmpty()) {
      return b;
    }
    for (EventMention a : all) {
      if (a.event().type().plover().equals("ACCUSE") && a.trigger() < b.trigger() && !a.sources().isEmpty()
          && a.targets().stream().anyMatch(t -> b.sources().stream().anyMatch(s -> s.key().equals(t.key())))) {
        return b.withTargets(a.sources());
      }
    }
    return b;
  }

  /**
   * Another actor's demand, charge or threat turned down, or a deal two others struck, took place:
   * "rejected Beijing's demand" does not negate the demand, as the refusal's cue ({@code reject} in
   * modality.tsv) would say of its object; it is as sure as its refusal, and a demand, charge or
   * threat with no target was made of whoever turned it down (no relation statement is made of that
   * target: a statement keeps the evidence its own rule found).
   */
  private static EventMention refusedAct(List<EventMention> all, DependencyGraph graph, NameLists names,
      EventMention b) {
    EventMention refusal = all.stream().filter(a -> refusedFromOthers(names, a, b) && undoneObject(graph, a, b))
        .findFirst().orElse(null);
    if (refusal == null) {
      return b;
    }
    EventMention kept = b.modality() == Modality.NEGATED ? b.withModality(refusal.modality()) : b;
    return b.targets().isEmpty() && names.isAddressedType(b.event().type().plover())
        ? kept.withTargets(refusal.sources()) : kept;
  }

  /** Whether an act is what another's trigger takes as its object: "lifted sanctions", "the lifting of sanctions". */
  private static boolean undoneObject(DependencyGraph graph, EventMention a, EventMention b) {
    return graph.parents(b.trigger()).stream().anyMatch(d -> d.governor() == a.trigger()
        && (d.relation().equals("obj") || d.relation().equals("nsubj:pass")
            || (d.relation().equals("nmod:of") && graph.token(a.trigger()).isNoun())));
  }

  /**
   * Whether what one mention reads is no act of its own, given another of a different type: what
   * the other undoes ("lifted sanctions"), why or how it was done ("summoned the envoy in protest",
   * "arrested 15 Palestinians in overnight raids"), what talks are about ("talks on a prisoner
   * exchange": it has not happened), what a request asks for.
   */
  private static boolean noActOfItsOwn(DependencyGraph graph, NameLists names, EventMention a, EventMention b) {
    if (undoes(a) && !refusedFromOthers(names, a, b) && undoneObject(graph, a, b)) {
      return true;
    }
    if (!b.hasParticipants() && graph.token(b.trigger()).isNoun() && graph.parents(b.trigger()).stream()
        .anyMatch(d -> d.governor() == a.trigger() && d.relation().equals("obl:in"))) {
      return true;
    }
    String type = a.event().type().plover();
    return (type.equals("CONSULT") && topicOf(graph, a.trigger(), b.trigger()))
        || (type.equals("REQUEST") && requested(graph, names, a.trigger(), b.trigger()));
  }

  /**
   * One act read twice ("a drone strike attributed to the army killed 30 civilians", "shelled the
   * town, killing six civilians"): the better reading, with the other's sources where it has none
   * and the other's targets and relation statements added (the town and the civilians were both hit).
   */
  private static EventMention joined(EventMention kept, EventMention other) {
    if (other.joint() && !kept.joint() && other.sources().stream().map(Argument::key).toList()
        .containsAll(kept.sources().stream().map(Argument::key).toList())) {
      // "Indian and Pakistani troops exchanged fire, killing two civilians": the parties acted on
      // each other; whom their act also hit is no party to it
      return other;
    }
    boolean sources = kept.sources().isEmpty() && !other.sources().isEmpty();
    List<Argument> targets = new ArrayList<>(kept.targets());
    for (Argument t : kept.joint() ? List.<Argument>of() : other.targets()) {
      if (targets.stream().noneMatch(k -> k.key().equals(t.key()))
          && kept.sources().stream().noneMatch(k -> k.key().equals(t.key()))) {
        targets.add(t);
      }
    }
    // "arrived in Khartoum for talks": one consultation, but the visit and the meeting both stay said
    List<RelationMention> statements = new ArrayList<>(kept.statements());
    for (RelationMention m : other.statements()) {
      if (statements.stream().noneMatch(k -> RelationExtractor.key(k).equals(RelationExtractor.key(m)))) {
        statements.add(m);
      }
    }
    if (!sources && targets.size() == kept.targets().size() && statements.size() == kept.statements().size()) {
      return kept;
    }
    return new EventMention(kept.event(), sources ? other.sources() : kept.sources(),
        targets, kept.sentence(), kept.trigger(),
        Math.min(kept.begin(), other.begin()), Math.max(kept.end(), other.end()), kept.triggerText(),
        kept.modality(), kept.confidence(), kept.rule(), kept.time(), kept.place(), statements, kept.joint());
  }

  /** Two objects of one verb, the second set off by a comma: "made a visit to Oman, the first such trip". */
  private static boolean sameObjectOf(DependencyGraph graph, int first, int second) {
    int verb = carrierOf(graph, first);
    return verb > 0 && verb == carrierOf(graph, second) && first < second
        && graph.basicChildren(verb).stream().anyMatch(c -> c > first && c < second && graph.token(c).word().equals(","));
  }

  /** How talks, or the verb that holds them, hold what they are about. */
  private static final Set<String> TOPIC = Set.of("nmod:on", "nmod:about", "nmod:regarding",
      "obl:on", "obl:about", "obl:regarding"); // not "over": "boycotted the talks over the opposition's demands" is why

  /**
   * Whether an act is what talks are about: "talks on a prisoner exchange", "will host talks
   * between Israel and Hamas on a prisoner exchange" (the parser hangs the topic on the verb).
   */
  private static boolean topicOf(DependencyGraph graph, int talks, int act) {
    int holder = carrierOf(graph, talks);
    return graph.parents(act).stream().anyMatch(d -> (d.governor() == talks || (holder > 0 && d.governor() == holder))
        && TOPIC.contains(d.relation()));
  }

  /** The verb a noun is the direct object of ("held talks", "carried out an attack"), or 0. */
  private static int carrierOf(DependencyGraph graph, int noun) {
    int verb = graph.head(noun);
    return verb > 0 && graph.token(verb).isVerb() && graph.relation(noun).equals("obj") ? verb : 0;
  }

  /** How a request holds what it asks for: its object, complement clause or for-phrase (or their conjuncts). */
  private static final Set<String> ASKED = Set.of("obj", "xcomp", "ccomp", "nmod:for", "obl:for",
      "advcl:to"); // "called on X to release": the parser often hangs the infinitive on the verb as an adverbial

  /**
   * Whether an act is what a request asks for: "demanded the release of Bazoum", "urged Iran to
   * free the academic", "called on the parties to agree to a ceasefire", "called for talks". Only the
   * request is an event: the act asked for has not happened. A relative clause, a participle, an
   * adverbial clause or a scene on the way tells what has ("the release of Bazoum, who was detained
   * by the guard", "pressed Beijing to act during a visit"), and so does the object of an ending verb
   * or noun ("urged Damascus to halt its crackdown", "appealed for an end to the siege of Sarajevo").
   */
  private static boolean requested(DependencyGraph graph, NameLists names, int request, int act) {
    int node = act;
    for (int step = 0; step < 4; step++) {
      int head = graph.head(node);
      int child = node;
      if (head == request) {
        // a finite verb coordinated with the request is a clause of its own: "demanded ... and said they would strike"
        boolean clause = Set.of("VBD", "VBZ", "VBP").contains(graph.token(child).tag());
        return graph.parents(child).stream().anyMatch(d -> d.governor() == head
            && (ASKED.contains(d.relation()) || (d.relation().startsWith("conj") && !clause)));
      }
      if (head == 0 || tellsWhatIs(graph, node) || ModalityClassifier.setsScene(graph, node)
          || ((graph.relation(node).equals("obj") || graph.parents(node).stream()
              .anyMatch(d -> d.governor() == head && d.relation().equals("nmod:to")))
              && names.isEndingVerb(graph.token(head).lemma()))) {
        return false;
      }
      node = head;
    }
    return false;
  }

  /** A relative clause, a participle, an adverbial clause, an aside: what is so, not what is asked. */
  private static boolean tellsWhatIs(DependencyGraph graph, int node) {
    String rel = graph.relation(node);
    String tag = graph.token(node).tag();
    return rel.equals("acl:relcl") || rel.startsWith("advcl") || rel.equals("parataxis") || rel.equals("appos")
        || ((rel.equals("acl") || rel.equals("dep") || rel.equals("amod")) && (tag.equals("VBN") || tag.equals("VBG")));
  }

  /**
   * Whether a refusal turns down (or a concession meets) another actor's demand, charge or threat, or a
   * deal others struck, which stays an event of its own: in "Japan rejected Beijing's demand" and "met
   * the demands of the protesters", Beijing and the protesters demanded (but in
   * "Iran rejected the deal" no one is named for the deal, and in "the EU lifted its sanctions" the
   * sanctions are the lifter's own).
   */
  private static boolean refusedFromOthers(NameLists names, EventMention refusal, EventMention refused) {
    String type = refused.event().type().plover();
    boolean addressed = names.isAddressedType(type) // "Theresa May's Brexit deal" turned down is no deal struck
        || (type.equals("AGREE") && refused.sources().stream().map(Argument::key).distinct().count() >= 2);
    String answer = refusal.event().type().plover();
    return (answer.equals("REJECT") || answer.equals("CONCEDE")) && addressed && !refused.sources().isEmpty()
        && refused.sources().stream().noneMatch(s -> refusal.sources().stream().anyMatch(r -> r.key().equals(s.key())));
  }

  /**
   * An act that undoes or refuses what its object names: "lifted sanctions", "suspended military
   * aid", "halted the offensive", "rejected the deal". What is undone is no event of its own, unless
   * it is another's demand, charge or threat, or a deal others struck ({@link #refusedFromOthers}).
   */
  private static boolean undoes(EventMention e) {
    return switch (e.event().type().plover()) {
      case "REJECT", "RETREAT", "CONCEDE" -> true;
      case "SANCTION" -> "discontinue".equals(e.event().mode());
      default -> false;
    };
  }

  /**
   * Whether one trigger is the other's object, compound, subject, purpose or cause ({@code acts}:
   * every trigger of the sentence, whose clauses tell acts of their own).
   */
  private static boolean carries(DependencyGraph graph, int outer, int inner, Set<Integer> acts) {
    int noun = graph.head(inner);
    if (noun > 0 && graph.token(inner).tag().equals("VBG")
        && (graph.relation(inner).equals("acl") || graph.relation(inner).equals("dep"))
        && graph.head(noun) == outer && (graph.relation(noun).equals("obj") || graph.relation(noun).startsWith("obl"))) {
      return true; // "stormed a village, killing 18 villagers": the parser hangs the participle on the object
    }
    int first = graph.head(inner);
    if (first > 0 && graph.relation(inner).equals("conj") && graph.token(inner).tag().equals("VBG")
        && (first == outer ? !graph.token(outer).tag().equals("VBG")
            : graph.token(first).tag().equals("VBG") && carries(graph, outer, first, acts))) {
      // "attacked the village, shooting dead a man and torching homes": one attack, told in
      // participles the parser coordinates with the verb
      return true;
    }
    if (sameObjectOf(graph, outer, inner) || sameObjectOf(graph, inner, outer)) {
      return true;
    }
    if (noun == outer && graph.token(outer).isNoun() && graph.token(inner).tag().equals("VBG")
        && graph.relation(inner).equals("acl")) {
      return true; // "air strikes on Gaza, killing 20 people", "strikes targeting Hamas": what the strikes did
    }
    if (noun == outer && graph.token(outer).isNoun() && graph.token(inner).tag().equals("VBN")
        && graph.relation(inner).startsWith("acl")) {
      return true; // "an agreement signed with the bloc": the participle carries the noun, one act
    }
    int carrier = carrierOf(graph, outer);
    if (carrier > 0 && graph.token(outer).isNoun()
        && !graph.hasChild(outer, r -> r.equals("nmod:by") || r.equals("nmod:agent")) // "repulsed an attack by X, killing four": not X's
        && graph.token(inner).tag().equals("VBG") && !graph.hasChild(inner, r -> r.startsWith("nsubj"))
        && graph.parents(inner).stream().anyMatch(d -> d.governor() == carrier
            && (d.relation().startsWith("advcl") || d.relation().equals("dep")))) {
      return true; // "carried out an attack on the village, killing six civilians": the verb carrying the noun tells the rest
    }
    if (graph.isPassive(outer) && graph.parents(inner).stream().anyMatch(d -> d.governor() == outer
        && d.relation().startsWith("advcl")) && graph.children(inner, r -> r.equals("mark") || r.equals("advmod")).stream()
        .anyMatch(m -> graph.token(m).word().equalsIgnoreCase("when"))) {
      return true; // "two soldiers were killed when militants attacked an outpost": the attack killed them
    }
    if (first > 0 && graph.token(inner).tag().equals("VBG") && !graph.hasChild(inner, r -> r.startsWith("nsubj"))
        && (graph.relation(inner).equals("dep") || graph.relation(inner).startsWith("advcl"))
        && graph.relation(first).startsWith("advcl") && graph.head(first) == outer && first > outer && inner > first
        && graph.hasChild(first, r -> r.equals("mark")) && !acts.contains(first)) {
      // "detonated a device at a polling station as voters queued, wounding five people": the
      // parser hangs the participle on the clause between; what it tells the main verb did
      return true;
    }
    // a clause with a subject of its own tells another act: "bombed RSF positions, while the group
    // shelled army bases", "torched homes hours after two Israelis were shot dead"
    boolean ownSubject = graph.hasChild(inner, r -> r.equals("nsubj") || r.equals("nsubj:pass"));
    return graph.parents(inner).stream().anyMatch(d -> d.governor() == outer
        && (d.relation().equals("obj") || d.relation().equals("compound")
            || d.relation().startsWith("nsubj") // "an attack was launched", "a bombing that killed 12"
            || d.relation().equals("csubj") // "RSF shelling of a camp killed ten people"
            || d.relation().equals("xcomp") || (d.relation().startsWith("advcl") && !ownSubject) // "blocked roads to protest"
            || (d.relation().equals("dep") && graph.token(inner).tag().equals("VBG")) // "a bomb exploded, killing eight"
            || d.relation().equals("obl:to") || d.relation().equals("obl:on") // "agreed to a deal", "agreed on a truce"
            || d.relation().equals("obl:for") // "arrived in Washington for a state visit"
            || d.relation().equals("obl:under") || d.relation().equals("obl:into") // "placed him under house arrest"
            || d.relation().equals("appos") // "made a surprise visit to Oman, the first such trip"
            || ArgumentSlots.isCause(graph, inner, outer)));
  }

  /** Whether a trigger is a participle told after another verb's clause: "..., killing 30 people". */
  private static boolean resultOf(DependencyGraph graph, int participle, int verb) {
    return participle > verb && graph.token(participle).tag().equals("VBG") && graph.token(verb).isVerb()
        && !graph.hasChild(participle, r -> r.startsWith("nsubj"));
  }

  /** A noun hung on the object of a verb: "provided $10m in aid", "launched a wave of attacks". */
  private static boolean measureOf(DependencyGraph graph, int noun, int verb) {
    int head = graph.head(noun);
    return head > 0 && head != verb && graph.relation(noun).startsWith("nmod") && graph.head(head) == verb
        && graph.relation(head).equals("obj") && (graph.token(head).isNoun() || graph.token(head).tag().equals("$"));
  }

  /** Of two rules' readings of one trigger: more participants, then a named relation, then confidence. */
  static EventMention better(EventMention a, EventMention b) {
    int pa = a.sources().size() + a.targets().size();
    int pb = b.sources().size() + b.targets().size();
    if (pa != pb) {
      return pb > pa ? b : a;
    }
    if ((a.event().relation() == null) != (b.event().relation() == null)) {
      return a.event().relation() != null ? a : b;
    }
    return b.confidence() > a.confidence() ? b : a;
  }
}
