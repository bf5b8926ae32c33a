package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.diplograph.annotate.Dependency;
import org.diplograph.annotate.DependencyGraph;
import org.diplograph.annotate.Token;

/**
 * Finds the tokens that fill a trigger's argument slots in the dependency graph: subjects (also
 * propagated or inherited from the governing clause), possessors, modifiers, prepositional
 * arguments, and the light verb that carries a noun ("held talks", "imposed tariffs").
 */
final class ArgumentSlots {
  private static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:xsubj");
  private static final Set<String> INHERITING = Set.of("xcomp", "advcl", "conj", "dep");
  private static final int MAX_STEPS = 3;
  /** Obliques that set the scene of a clause rather than complete its verb. */
  private static final Set<String> ADVERBIAL = Set.of("obl:after", "obl:before", "obl:during", "obl:since",
      "obl:despite", "obl:amid", "obl:amidst", "obl:following", "obl:until", "obl:throughout", "obl:because_of",
      "obl:over", "obl:in_response_to", "obl:in_retaliation_for", // "imposed sanctions over the crackdown": not the EU's
      "nmod:after", "nmod:before", "nmod:during", "nmod:amid", "nmod:following");

  /** Verbs that link a subject to a state: after them a past participle is passive. */
  private static final Set<String> LINKING = Set.of("remain", "stay", "go", "become", "get", "seem", "appear", "look");

  /** Prepositions of a state undergone, told with "be": "are in custody", "is under attack". */
  private static final Set<String> UNDERGOING = Set.of("in", "under");

  /** The prepositions of a reason for a verbal act: "accused of", "blamed for", "criticised over". */
  static final Set<String> REASON_WORDS = Set.of("for", "of", "over");
  /** Obliques that give that reason: "praised X FOR helping", "accused X OF plotting". */
  private static final Set<String> REASONS = REASON_WORDS.stream()
      .flatMap(w -> Stream.of("obl:" + w, "advcl:" + w))
      .collect(Collectors.toUnmodifiableSet());

  /** How a noun naming a violent event attaches to the verb its victims are the subject of. */
  private static final Set<String> CAUSE = Set.of("obl:in", "obl:by", "obl:agent", "obl:from",
      "obl:as_a_result_of");

  /** The obliques of a complement clause that name whom it acts on. */
  private static final Set<String> COMPLEMENT_OBLIQUES = Set.of("obl:against", "obl:on", "obl:upon", "obl:at",
      "obl:to", "obl:with", "obl:into", "obl:between");

  /** The phrases of an act's noun that name whom or where it was aimed at ("its siege of Taiz"). */
  private static final Set<String> AIMS = Set.of("nmod:on", "nmod:against", "nmod:of", "nmod:in", "nmod:at",
      "nmod:with", "nmod:into");

  private final VerbList lightVerbs;
  private final VerbList sufferVerbs;
  private final VerbList impactVerbs;
  private final VerbList controlVerbs;
  private final VerbList attributionVerbs;

  /** Nouns for words said about another act, where the light verb walk stops. */
  private final Predicate<String> speech;

  /** Verbs whose doer is a third party to an act ("a truce brokered by Egypt", "talks hosted by Qatar"). */
  private final Predicate<String> thirdParty;

  /** Verbs that blame someone for an act ("blamed X for the attacks", "condemned X for the expulsion"): the act is X's. */
  private final Predicate<String> judging;

  ArgumentSlots(VerbList lightVerbs, VerbList sufferVerbs, VerbList impactVerbs, VerbList controlVerbs,
      VerbList attributionVerbs, Predicate<String> speech,
      Predicate<String> thirdParty, Predicate<String> judging) {
    this.judging = judging;
    this.attributionVerbs = attributionVerbs;
    this.speech = speech;
    this.thirdParty = thirdParty;
    this.lightVerbs = lightVerbs;
    this.sufferVerbs = sufferVerbs;
    this.impactVerbs = impactVerbs;
    this.controlVerbs = controlVerbs;
  }

  /**
   * The arguments after a preposition of the verb a noun is the subject of, when that verb is a
   * light or onset verb (light-verbs.tsv; a verb with its particle written joined, "break_out"):
   * "fighting erupted between X and Y", "clashes broke out between police and protesters".
   */
  List<Integer> onsetArguments(DependencyGraph graph, int noun, String preposition) {
    int head = graph.head(noun);
    if (head == 0 || !graph.relation(noun).equals("nsubj")) {
      return List.of();
    }
    return isLight(graph, head) ? prepositional(graph, head, preposition) : List.of();
  }

  /**
   * The arguments after a preposition of the verb of suffering a noun is the object of: "the
   * minister drew criticism from rights groups", where the parser hangs the from-phrase on the verb.
   */
  List<Integer> undergoneArguments(DependencyGraph graph, int noun, String preposition) {
    int head = graph.head(noun);
    if (head == 0 || !graph.relation(noun).equals("obj") || !sufferVerbs.contains(graph.token(head).lemma())) {
      return List.of();
    }
    return prepositional(graph, head, preposition);
  }

  /** Whether a verb, alone or with its particle ("break_out", "call_off"), is a light verb. */
  private boolean isLight(DependencyGraph graph, int verb) {
    String lemma = graph.token(verb).lemma();
    return lightVerbs.contains(lemma) || graph.children(verb, r -> r.equals("compound:prt")).stream()
        .anyMatch(p -> lightVerbs.contains(lemma + "_" + graph.token(p).lemma()));
  }

  /** Whether a noun names the cause or agent of a verb: "killed IN an air strike", "uprooted BY shelling". */
  static boolean isCause(DependencyGraph graph, int noun, int verb) {
    return graph.parents(noun).stream().anyMatch(d -> d.governor() == verb && CAUSE.contains(d.relation()));
  }

  /**
   * Who suffered what a noun names: the subject of the passive verb it is the cause or agent of
   * ("civilians were killed in an air strike", "thousands were uprooted by shelling"), the noun a
   * passive participle modifies ("villagers wounded in the attack"), or the subject of a verb of
   * suffering the noun is the cause or object of ("five soldiers died in the ambush", "Iran faces
   * new sanctions", "the convoy came under attack"), or the object of a verb of impact the noun
   * is the subject of ("air strikes hit a hospital"), or the subject of "be" in or under it ("three
   * men are in Kurdish custody").
   */
  List<Integer> victims(DependencyGraph graph, int noun) {
    for (Dependency d : graph.parents(noun)) {
      // "air strikes hit a hospital", "shelling killed 20 civilians", and through a relative
      // clause: "a bombing that killed 12 soldiers" (the enhanced graph makes the noun its subject)
      if (d.relation().equals("nsubj") && d.governor() > 0 && graph.token(d.governor()).isVerb()
          && impactVerbs.contains(graph.token(d.governor()).lemma())) {
        return objects(graph, d.governor());
      }
    }
    if (graph.hasChild(noun, r -> r.equals("cop")) && graph.children(noun, r -> r.equals("case")).stream()
        .anyMatch(c -> UNDERGOING.contains(graph.token(c).lemma()))) {
      return graph.children(noun, r -> r.equals("nsubj")); // "three men are in Kurdish custody", "Kyiv is under attack"
    }
    int verb = graph.head(noun);
    if (verb == 0 || !graph.token(verb).isVerb()) {
      return List.of();
    }
    boolean cause = isCause(graph, noun, verb);
    if (cause && graph.isPassive(verb)) {
      return graph.children(verb, r -> r.equals("nsubj:pass"));
    }
    if (cause && reducedPassive(graph, verb)) {
      return List.of(graph.head(verb));
    }
    boolean undergone = graph.parents(noun).stream()
        .anyMatch(d -> d.governor() == verb && (d.relation().equals("obj") || d.relation().equals("obl:under")));
    return (cause || undergone) && sufferVerbs.contains(graph.token(verb).lemma())
        ? verbSubjects(graph, verb) : List.of();
  }

  /**
   * Whose plan, bid or deal a noun is: its possessor ("Turkey's plan"), or the parties it is
   * between ("the agreement between Saudi Arabia and Iran to restore ties": they restore them).
   */
  private static List<Integer> owners(DependencyGraph graph, int noun) {
    List<Integer> owners = graph.children(noun, r -> r.equals("nmod:poss"));
    return owners.isEmpty() ? graph.children(noun, r -> r.equals("nmod:between")) : owners;
  }

  /** What a noun trigger's light verb walk found: the verb (0 if none) and subject tokens. */
  record Light(int verb, List<Integer> subjects) {}

  /** Subjects of a verb: its own, or those of the clause it is a complement or adjunct of. */
  List<Integer> verbSubjects(DependencyGraph graph, int verb) {
    if (graph.isPassive(verb) || reducedPassive(graph, verb) || copularPassive(graph, verb)) {
      return byPhrases(graph, verb);
    }
    int node = verb;
    for (int step = 0; step <= MAX_STEPS; step++) {
      List<Integer> subjects = graph.children(node, SUBJECT::contains);
      int governor = graph.head(node);
      if (governor > 0 && !controlVerbs.contains(graph.token(governor).lemma())) {
        // the parser makes every object the subject of an infinitive after it ("blocked roads to
        // protest"); only the control verbs mean that
        List<Integer> objects = graph.children(governor, r -> r.equals("obj"));
        boolean ownSubject = !graph.children(node, r -> r.equals("nsubj")).isEmpty();
        if (!ownSubject) {
          for (int object : objects) {
            List<Integer> owners = owners(graph, object);
            if (subjects.contains(object) && graph.hasChild(node, r -> r.equals("mark")) && !owners.isEmpty()) {
              return owners; // "condemned Turkey's plan to attack", the infinitive hung on the verb: Turkey attacks
            }
          }
        }
        subjects.removeIf(s -> objects.contains(s) && !ownSubject);
      }
      if (!subjects.isEmpty()) {
        return subjects;
      }
      String rel = graph.relation(node);
      int head = graph.head(node);
      if (head == 0) {
        break;
      }
      List<Integer> owners = owners(graph, head);
      if (rel.startsWith("acl") && graph.hasChild(node, r -> r.equals("mark")) && !owners.isEmpty()) {
        return owners; // "Sweden's bid to join NATO": Sweden joins
      }
      boolean gerundOfNoun = rel.equals("nmod") && graph.token(node).tag().equals("VBG");
      if (gerundOfNoun && graph.relation(head).equals("obj") && graph.children(node, r -> r.equals("case")).stream()
          .anyMatch(c -> REASON_WORDS.contains(graph.token(c).lemma()))) {
        return List.of(head); // "accused the parties of engaging in a bidding war": the parties engage
      }
      if (gerundOfNoun && !owners.isEmpty()) {
        return owners; // "Russia's commitment to enhancing cooperation": Russia enhances it
      }
      if (rel.equals("acl") || gerundOfNoun) {
        // "Trump, blaming Zelenskyy ...": the noun modified is the subject ("a role in fighting
        // Islamic State", a gerund after a preposition, is the noun's too). But a participle hung on
        // an object belongs to the clause: "the minister made remarks, blaming the envoy", "the
        // senator singled out the governor, accusing him" - the clause's subject acts.
        int object = head;
        while (graph.relation(object).equals("appos") && graph.head(object) > 0) {
          object = graph.head(object); // "singled out the interior minister, Ana Silva, accusing her"
        }
        int verbOfNoun = graph.head(object);
        String objectRelation = graph.relation(object);
        if (object == head && node == head + 1) {
          return List.of(head); // "attacked students occupying a university": right after its noun, the noun's own act
        }
        if (verbOfNoun > 0 && (objectRelation.equals("obj") || objectRelation.equals("dep")
            || objectRelation.startsWith("obl")) // "opened fire on a bus, killing 12 passengers"
            && graph.token(verbOfNoun).isVerb()) {
          List<Integer> clauseSubjects = graph.children(verbOfNoun, SUBJECT::contains);
          if (!clauseSubjects.isEmpty()) {
            return clauseSubjects;
          }
        }
        return List.of(head);
      }
      // a gerund adjunct shares its clause's subject: "warned that Americans erred in siding with the SDF";
      // but a gerund giving the reason for a verbal act is its object's: "criticised Koizumi for visiting"
      boolean gerundAdjunct = rel.startsWith("obl") && graph.token(node).tag().equals("VBG");
      int clause = head;
      boolean gerundClause = rel.startsWith("advcl") && graph.token(node).tag().equals("VBG"); // "accused X of committing"
      if ((gerundAdjunct || gerundClause) && graph.parents(node).stream()
          .anyMatch(d -> d.governor() == clause && REASONS.contains(d.relation()))) {
        List<Integer> objects = objects(graph, head); // "was accused by rights groups of torturing": the accused
        if (!objects.isEmpty()) {
          return objects;
        }
      }
      if (rel.equals("dep") && graph.token(node).tag().equals("VBG") && graph.token(head).tag().matches("IN|RB")
          && graph.head(head) > 0 && graph.token(graph.head(head)).isVerb()) {
        node = graph.head(head); // "urged Saddam to comply, after meeting Iraq's deputy prime minister": hung on "after"
        continue;
      }
      // "went on Twitter to denounce the paper": the tagger took the infinitive's "to" for a preposition
      int governing = head;
      boolean infinitiveAdjunct = rel.equals("obl") && graph.token(node).tag().equals("VB")
          && graph.parents(node).stream().anyMatch(d -> d.governor() == governing && d.relation().equals("obl:to"));
      // "Iran is ready to resume talks", "were close to agreeing a ceasefire": an adjective said of
      // the subject passes it on as a verb does
      boolean predicate = graph.token(head).tag().startsWith("JJ") && graph.hasChild(head, r -> r.equals("cop"));
      if (!(INHERITING.contains(rel.replaceAll(":.*", "")) || gerundAdjunct || infinitiveAdjunct)
          || !(graph.token(head).isVerb() || predicate)
          || (rel.equals("dep") && !graph.token(node).tag().equals("VBG"))) {
        break; // "dep" is the parser's catch-all: trusted only for "denied sending ..."
      }
      if ((rel.startsWith("advcl") || rel.equals("dep")) && graph.token(node).tag().equals("VBG")
          && graph.isPassive(head)) {
        // "the bill was withdrawn by the government, meeting the protesters' demands": the agent acts
        List<Integer> agents = byPhrases(graph, head);
        if (!agents.isEmpty()) {
          return agents;
        }
      }
      if ((rel.equals("xcomp") || rel.equals("advcl")) && graph.children(node, r -> r.equals("mark")).stream()
          .anyMatch(m -> graph.token(m).tag().equals("TO"))) {
        List<Integer> receivers = graph.children(head, r -> r.equals("iobj"));
        if (!receivers.isEmpty()) {
          return receivers; // "gave Tigrayan forces 72 hours to surrender": they surrender
        }
      }
      if (rel.equals("xcomp") && controlVerbs.contains(graph.token(head).lemma())) {
        // object control: "urged Putin to use", "called on Myanmar to allow" - the object acts
        List<Integer> controllers = graph.children(head, r -> r.equals("obj") || r.equals("obl:on")
            || r.equals("obl:upon"));
        List<Integer> passiveSubjects = graph.children(head, r -> r.equals("nsubj:pass"));
        if (!controllers.isEmpty() && passiveSubjects.isEmpty()) {
          return controllers;
        }
        if (!passiveSubjects.isEmpty()) {
          return passiveSubjects; // "Assad is allowed to persecute", "Kyiv was urged to negotiate"
        }
      }
      node = head;
    }
    return List.of();
  }

  /**
   * The subject of a verb's complement clause: what a verbal act is about when it has no object
   * ("alleged that police used torture", "warned that Americans have taken dangerous steps"), or
   * of a noun's content clause ("allegations that Russian hackers interfered").
   */
  List<Integer> clauseSubjects(DependencyGraph graph, int head) {
    List<Integer> out = new ArrayList<>();
    // a small clause too: "considers the YPG a terrorist group" (an xcomp with a subject of its own)
    for (int clause : graph.children(head, r -> r.equals("ccomp") || r.equals("xcomp"))) {
      out.addAll(graph.children(clause, r -> r.equals("nsubj") || r.equals("nsubj:pass")));
    }
    return out;
  }

  /** Direct objects (passive subjects for a passive verb; the noun a passive participle modifies). */
  List<Integer> objects(DependencyGraph graph, int verb) {
    if (reducedPassive(graph, verb)) {
      int noun = graph.head(verb);
      if (graph.hasChild(noun, r -> r.equals("cop"))) {
        // "three men are in custody, accused of being members of Isis": the subject of "be" is accused
        return graph.children(noun, r -> r.equals("nsubj"));
      }
      return List.of(noun); // "detainees released from Guantanamo", "civilians killed by strikes"
    }
    if (copularPassive(graph, verb)) {
      return graph.children(graph.head(verb), r -> r.equals("nsubj")); // "the protesters remained detained"
    }
    if (!graph.isPassive(verb)) {
      return graph.children(verb, r -> r.equals("obj"));
    }
    List<Integer> subjects = graph.children(verb, r -> r.equals("nsubj:pass"));
    int head = graph.head(verb);
    if (subjects.isEmpty() && head > 0 && graph.relation(verb).startsWith("advcl") && graph.token(head).isVerb()) {
      // "a journalist who fled Minsk after being beaten by police": who underwent the act is who
      // did the act the clause hangs on
      return graph.children(head, r -> r.equals("nsubj") || r.equals("nsubj:pass"));
    }
    return subjects;
  }

  /**
   * What a verb's complement clause acts on: "threatened to shell Iraqi towns", "vowed to retaliate
   * against Israel", "refused to meet the envoy".
   */
  List<Integer> complementObjects(DependencyGraph graph, int verb) {
    List<Integer> out = new ArrayList<>();
    for (int clause : graph.children(verb, r -> r.equals("xcomp") || r.equals("dep"))) {
      boolean gerundComplement = graph.token(clause).tag().equals("VBG") && (clause == verb + 1
          || (clause == verb + 2 && graph.relation(verb + 1).equals("compound:prt")));
      if (graph.relation(clause).equals("xcomp") || gerundComplement) { // "ruled out ceding territory", read as dep
        out.addAll(clauseObjects(graph, clause));
      }
    }
    return out;
  }

  /** What a clause's verb acts on: its object, or its argument after against/on/at/to/with/into/between. */
  List<Integer> clauseObjects(DependencyGraph graph, int clause) {
    List<Integer> out = new ArrayList<>(objects(graph, clause));
    out.addAll(graph.children(clause, COMPLEMENT_OBLIQUES::contains));
    return out;
  }

  /** Whom or where the act a noun names was aimed at: "sanctions on Cuba", "its occupation of the Sinai". */
  List<Integer> aims(DependencyGraph graph, int noun) {
    return graph.children(noun, AIMS::contains);
  }

  /** A past participle completing "remain", "stay" or "go": "the demands remain ignored" is passive. */
  private static boolean copularPassive(DependencyGraph graph, int verb) {
    int head = graph.head(verb);
    return graph.token(verb).tag().equals("VBN") && graph.relation(verb).equals("xcomp") && head > 0
        && LINKING.contains(graph.token(head).lemma())
        && !graph.hasChild(verb, r -> r.equals("aux")); // "appears to have endorsed" is active
  }

  /** The by-phrases that name who does a passive verb ("was withdrawn by the government"). */
  static List<Integer> byPhrases(DependencyGraph graph, int verb) {
    List<Integer> own = graph.children(verb, r -> r.equals("obl:agent") || r.equals("obl:by"));
    if (!own.isEmpty()) {
      return own;
    }
    // "was threatened with retaliation by Moscow", "hit with sanctions by the EU": the parser hangs
    // the passive's by-phrase on the noun of its with-phrase
    List<Integer> out = new ArrayList<>();
    for (int with : graph.children(verb, r -> r.equals("obl:with"))) {
      out.addAll(graph.children(with, r -> r.equals("nmod:by") || r.equals("nmod:agent")));
    }
    return out;
  }

  /** A past participle modifying a noun: "the men held in prison" - the noun undergoes it. */
  static boolean reducedPassive(DependencyGraph graph, int verb) {
    return graph.token(verb).tag().equals("VBN") && graph.relation(verb).equals("acl") && graph.head(verb) > 0
        && graph.token(graph.head(verb)).isNoun();
  }

  /** Arguments introduced by a preposition: obl:P for verbs, nmod:P for nouns. */
  List<Integer> prepositional(DependencyGraph graph, int node, String preposition) {
    String p = preposition.replace(' ', '_');
    return graph.children(node, r -> r.equals("obl:" + p) || r.equals("nmod:" + p));
  }

  /**
   * Who does what a noun names, by a by-phrase: "airstrikes by a US-led coalition", "an attack
   * carried out by militants", "aid provided to the town by the UN".
   */
  List<Integer> nounAgents(DependencyGraph graph, int noun) {
    List<Integer> out = new ArrayList<>(graph.children(noun, r -> r.equals("nmod:by") || r.equals("nmod:agent")));
    List<Integer> clauses = new ArrayList<>(graph.children(noun, r -> r.startsWith("acl")));
    for (int clause : List.copyOf(clauses)) {
      // "the attack, which is suspected to have been launched by militants": through a raising verb
      clauses.addAll(graph.children(clause, r -> r.equals("xcomp")));
    }
    for (int clause : clauses) {
      if (graph.token(clause).tag().equals("VBN") && !thirdParty.test(graph.token(clause).lemma())) {
        // but "a ceasefire brokered by Saudi Arabia", "talks hosted by Qatar": the broker is no party
        out.addAll(byPhrases(graph, clause));
        if (attributionVerbs.contains(graph.token(clause).lemma())) {
          out.addAll(graph.children(clause, r -> r.equals("obl:on") || r.equals("obl:to"))); // "an attack blamed on Al-Shabaab"
        }
      }
    }
    int head = graph.head(noun);
    if (out.isEmpty() && head > 0 && graph.relation(noun).startsWith("nsubj") && graph.token(head).tag().equals("VBN")
        && attributionVerbs.contains(graph.token(head).lemma())) {
      // the parser often takes the participle for the clause's verb: "[a strike attributed to the army] killed 30"
      out.addAll(graph.children(head, r -> r.equals("obl:on") || r.equals("obl:to")));
    }
    if (out.isEmpty()) {
      out.addAll(strayAgents(graph, noun));
    }
    return out;
  }

  /**
   * The by-phrase the parser hung on an active verb right after a noun of it, which is the noun's:
   * an active verb has none of its own ("protested against the firing by Indian troops", "denied the
   * accusation by Burundi").
   */
  static List<Integer> strayAgents(DependencyGraph graph, int noun) {
    int head = graph.head(noun);
    if (head <= 0 || !(graph.relation(noun).startsWith("obl") || graph.relation(noun).equals("obj")) || !graph.token(head).isVerb()
        || graph.isPassive(head) || reducedPassive(graph, head)) {
      return List.of();
    }
    return graph.children(head, r -> r.equals("obl:by")).stream()
        .filter(by -> graph.children(by, r -> r.equals("case")).contains(noun + 1))
        .toList();
  }

  /**
   * The possessor of a noun for an act done to someone, when no of-phrase names whom it was done
   * to: "his arrest", "Khashoggi's murder" (but "Russia's detention of two Canadians": Russia acts).
   */
  List<Integer> patientPossessors(DependencyGraph graph, int noun) {
    return graph.hasChild(noun, r -> r.equals("nmod:of")) ? List.of() : possessors(graph, noun);
  }

  List<Integer> possessors(DependencyGraph graph, int noun) {
    return graph.children(noun, r -> r.equals("nmod:poss"));
  }

  /** Modifiers that may name the actor of a noun: "Russian invasion", "US sanctions". */
  List<Integer> modifiers(DependencyGraph graph, int noun) {
    return graph.children(noun, r -> r.equals("amod") || r.equals("compound"));
  }

  /**
   * Walks up from a noun trigger through object, oblique and nominal-modifier steps to the verb
   * that carries it, and takes its subject; a possessor met on the way ("Russia's commitment to
   * enhancing cooperation with China") is the subject instead. A verb that is not a light verb
   * ("criticised the alliance") ends the walk without a subject.
   */
  Light light(DependencyGraph graph, int noun) {
    if (graph.hasChild(noun, r -> r.equals("cop")) && graph.children(noun, r -> r.equals("case")).stream()
        .anyMatch(c -> Set.of("on", "in", "at").contains(graph.token(c).word().toLowerCase(Locale.ROOT)))) {
      // "the politician has been on hunger strike for 80 days", "the two sides are in talks": the
      // copula's subject is in it (but "it would be the deadliest clash" tells of the clash)
      List<Integer> subjects = graph.children(noun, r -> r.equals("nsubj"));
      if (!subjects.isEmpty()) {
        return new Light(0, subjects);
      }
    }
    int node = noun;
    int firstLight = 0;
    for (int step = 0; step < MAX_STEPS; step++) {
      String rel = graph.relation(node);
      int head = graph.head(node);
      if (head == 0 || !(rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod")
          || rel.startsWith("acl") || rel.equals("xcomp") || rel.equals("compound")
          || rel.equals("nsubj:pass") // "sanctions were imposed on Russia by the EU"
          || (rel.equals("dep") && graph.token(node).tag().equals("$"))) // the amount hung loose, below
          || graph.parents(node).stream().anyMatch(d -> ADVERBIAL.contains(d.relation()))) {
        break; // "imposed a curfew after the riots": the riots are not the army's
      }
      Token headToken = graph.token(head);
      if (headToken.isNoun() && !rel.equals("compound") && speech.test(headToken.lemma())) {
        break; // "voiced concern over the arrests", "a condemnation of the attack": another act's words
      }
      // "pledged $2bn in aid"; "announced a further $500m in aid", where the article is made the object
      if (headToken.isNoun() || headToken.tag().equals("$") || (rel.equals("dep") && headToken.tag().equals("DT"))) {
        List<Integer> possessors = possessors(graph, head);
        if (!possessors.isEmpty() && !rel.equals("compound")) { // "his anti-war stance" is no war of his
          return new Light(firstLight, possessors);
        }
      } else if (headToken.isVerb()) {
        boolean reason = graph.parents(node).stream().anyMatch(d -> d.governor() == head && REASONS.contains(d.relation()))
            || graph.parents(noun).stream().anyMatch(d -> d.governor() == head && REASONS.contains(d.relation())); // "for a series of attacks"
        if (!isLight(graph, head) && judging.test(headToken.lemma()) && reason) {
          return new Light(0, objects(graph, head)); // "Israel has been blamed for the attacks": Israel's attacks
        }
        if (!isLight(graph, head)) {
          break;
        }
        if (firstLight == 0) {
          firstLight = head;
        }
        List<Integer> subjects = verbSubjects(graph, head);
        if (!subjects.isEmpty()) {
          return new Light(firstLight, subjects);
        }
      } else {
        break;
      }
      node = head;
    }
    // "the attack, which was launched by militants", "talks held by the two sides in Doha"
    for (int clause : graph.children(noun, r -> r.startsWith("acl"))) {
      if (graph.token(clause).isVerb() && isLight(graph, clause)) {
        List<Integer> subjects = new ArrayList<>(verbSubjects(graph, clause));
        subjects.remove(Integer.valueOf(noun));
        if (!subjects.isEmpty()) {
          return new Light(firstLight > 0 ? firstLight : clause, subjects);
        }
      }
    }
    return new Light(firstLight, new ArrayList<>());
  }

  /** The obliques by which a noun sets the scene of a clause whose subject takes part in it. */
  private static final Set<String> SCENE = Set.of("obl:during", "obl:in", "obl:at", "obl:after", "nmod:during");

  /**
   * The subject of the clause a noun sets the scene of: "praised China's role during a meeting with
   * Xi", "failed to agree after two days of talks" (through a measure of the noun: "days of talks").
   */
  List<Integer> sceneSubjects(DependencyGraph graph, int noun) {
    int verb = sceneVerb(graph, noun);
    return verb > 0 ? verbSubjects(graph, verb) : List.of();
  }

  /** The verb of the clause a noun sets the scene of ("told Biden in a video call": told), or 0. */
  int sceneVerb(DependencyGraph graph, int noun) {
    int node = noun;
    if (graph.relation(node).equals("nmod") && graph.head(node) > 0
        && graph.parents(node).stream().anyMatch(d -> d.relation().equals("nmod:of"))) {
      node = graph.head(node); // "two days of talks"
    }
    int verb = graph.head(node);
    int scene = node; // effectively final, for the lambda
    boolean sets = verb > 0 && graph.token(verb).isVerb()
        && graph.parents(scene).stream().anyMatch(d -> d.governor() == verb && SCENE.contains(d.relation()));
    return sets ? verb : 0;
  }

  /** The verb whose clause a noun trigger sits in (for its date and place), or 0. */
  int clauseVerb(DependencyGraph graph, int noun) {
    int node = noun;
    for (int step = 0; step < MAX_STEPS; step++) {
      int head = graph.head(node);
      if (head == 0) {
        return 0;
      }
      if (graph.token(head).isVerb()) {
        return head;
      }
      node = head;
    }
    return 0;
  }
}
