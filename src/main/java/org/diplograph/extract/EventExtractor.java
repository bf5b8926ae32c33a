package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.diplograph.annotate.DependencyGraph;
import org.diplograph.resolve.NameLists;
import org.diplograph.annotate.Token;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityType;
import org.diplograph.resolve.Mention;

/**
 * Extracts events from a sentence with the rows of the trigger tables: for each trigger word, the
 * rules that speak for it fill their subject and object slots, resolve them to actors, and record
 * one event mention with its modality, date and place (and the relation statements it gives).
 */
final class EventExtractor {
  /** Discount for a subject taken from a light verb or an inherited clause rather than the trigger. */
  private static final double INDIRECT = 0.9;
  /** Discount for an event whose rule allows it with no participant at all ("a bomb exploded"). */
  private static final double BARE = 0.8;
  private static final Set<String> NOT_TRIGGERS = Set.of("DATE", "TIME", "DURATION", "SET",
      "NUMBER", "ORDINAL", "MONEY", "PERCENT");

  /** Adjectives that say "near" with "to": "close to the border", "closer to the frontier". */
  private static final Set<String> NEARNESS = Set.of("close", "closer", "near", "nearer");
  /** Tags of a relative pronoun ("that", "which", "who"). */
  private static final Set<String> RELATIVE = Set.of("WDT", "WP");
  private static final Set<String> NAMES = Set.of("ORGANIZATION", "PERSON", "LOCATION", "COUNTRY", "CITY",
      "STATE_OR_PROVINCE", "NATIONALITY", "MISC");
  private final TriggerRules triggers;
  private final ArgumentSlots slots;
  private final ModalityClassifier modality;
  private final ResponsibilityClaims claims;
  private final Spokespeople spokespeople = new Spokespeople();
  private final Reciprocals reciprocals = new Reciprocals();

  EventExtractor(TriggerRules triggers, ArgumentSlots slots, ResponsibilityClaims claims, ModalityClassifier modality) {
    this.claims = claims;
    this.triggers = triggers;
    this.slots = slots;
    this.modality = modality;
  }

  List<EventMention> extract(ExtractionContext context, int sentence) {
    DependencyGraph graph = context.graph(sentence);
    List<EventMention> out = new ArrayList<>();
    for (Token token : graph.sentence().tokens()) {
      if (NOT_TRIGGERS.contains(token.ner())
          && (Character.isUpperCase(token.word().charAt(0)) || token.tag().equals("CD"))) {
        continue; // "in March", "two strikes a week": a date or number is no event
      }
      if (NAMES.contains(token.ner()) && token.tag().startsWith("NNP")) {
        continue; // "Amnesty International", "Operation Olive Branch": a word of a name
      }
      if (capitalisedCompound(graph, token)) {
        continue; // "the Child Support Agency", tagged a common noun but a word of a name all the same
      }
      if (namesPeople(context, graph, token.index())) {
        continue; // "protest leaders", "strike organisers": people named for an act, not the act
      }
      if (noActInParticular(context, graph, token)) {
        continue;
      }
      List<TriggerRule> rules = token.isVerb() ? withParticles(graph, token)
          : token.isNoun() ? triggers.forNoun(token.lemma()) : List.of();
      List<TriggerRule> adjective = adjectiveRows(triggers, token);
      if (!adjective.isEmpty()) {
        rules = new ArrayList<>(rules);
        rules.addAll(adjective);
      }
      if (rules.isEmpty() && token.index() == 1 && token.tag().startsWith("NNP")) {
        // "Sanctions were imposed ...": the tagger takes a capitalised first word for a name
        String word = token.word().toLowerCase(Locale.ROOT);
        rules = triggers.forNoun(word).isEmpty() && word.endsWith("s")
            ? triggers.forNoun(word.substring(0, word.length() - 1)) : triggers.forNoun(word);
      }
      if (token.tag().equals("VBG") && (!graph.children(token.index(), r -> r.equals("det")).isEmpty()
          // but not "each accusing the other", the determiner standing alone and the gerund hung on it
          || (token.index() > 1 && graph.token(token.index() - 1).tag().equals("DT")
              && !(graph.head(token.index()) == token.index() - 1
                  && context.names().isDistributive(graph.token(token.index() - 1).word())))
          || graph.relation(token.index()).startsWith("nsubj"))) {
        // "the shelling of Donetsk", "fighting erupted": a gerund used as a noun (the tagger often calls it VBG)
        rules = triggers.forNoun(token.word().toLowerCase(Locale.ROOT));
      }
      for (TriggerRule rule : chosen(graph, token.index(), rules)) {
        apply(context, sentence, token.index(), rule, out);
      }
    }
    return out;
  }

  /** A verb's rows, and those of the verb with its particle ("called off": call_off). */
  private List<TriggerRule> withParticles(DependencyGraph graph, Token verb) {
    List<Integer> particles = graph.children(verb.index(), r -> r.equals("compound:prt"));
    if (particles.isEmpty()) {
      return triggers.forVerb(verb.lemma());
    }
    List<TriggerRule> rules = new ArrayList<>(triggers.forVerb(verb.lemma()));
    particles.forEach(p -> rules.addAll(triggers.forVerb(verb.lemma() + "_" + graph.token(p).lemma())));
    return rules;
  }

  /**
   * Whether a capitalised noun inside a sentence is compounded into a capitalised name: the tagger
   * calls "Support" in "the Child Support Agency" a common noun, but only a name writes it so.
   */
  private static boolean capitalisedCompound(DependencyGraph graph, Token token) {
    int i = token.index();
    if (i == 1 || !token.isNoun() || !Character.isUpperCase(token.word().charAt(0))
        || !graph.relation(i).equals("compound")) {
      return false;
    }
    int head = graph.head(i);
    return head > i && Character.isUpperCase(graph.token(head).word().charAt(0))
        && Character.isUpperCase(graph.token(i + 1).word().charAt(0));
  }

  /** Whether a noun names no act in particular: "would respond to any attack" (names.tsv list hypothetical). */
  private static boolean noActInParticular(ExtractionContext context, DependencyGraph graph, Token token) {
    return token.isNoun() && graph.children(token.index(), r -> r.equals("det")).stream()
        .anyMatch(d -> context.names().isHypotheticalDeterminer(graph.token(d).word()));
  }

  /** Whether a noun only qualifies the people of the noun it is compounded with. */
  private static boolean namesPeople(ExtractionContext context, DependencyGraph graph, int token) {
    int head = graph.head(token);
    if (head == 0 || !graph.token(token).isNoun() || !graph.relation(token).equals("compound")
        || !graph.token(head).isNoun()) {
      return false;
    }
    if (graph.hasChild(token, r -> r.startsWith("nmod"))) {
      return false; // "[Talks between the government and UNITA] rebels resumed": the parser's compound has a phrase of its own
    }
    String lemma = graph.token(head).lemma();
    return context.names().groupSector(lemma).isPresent() || context.names().isAgentNoun(lemma);
  }

  /**
   * Every row {@link #extract} may look up for a word, whatever the parse says: by its lemma as a
   * verb or a noun, by its word for a capitalised first word or a gerund. Sentences without such a
   * word are not parsed ({@link ExtractionParseSelector}): a new way of finding a word's rows in
   * {@code extract} must be added here too.
   */
  static List<TriggerRule> candidates(TriggerRules triggers, Token token) {
    List<TriggerRule> rules = new ArrayList<>();
    if (token.isVerb()) {
      rules.addAll(triggers.forVerb(token.lemma()));
      rules.addAll(triggers.forVerbWithAnyParticle(token.lemma()));
    }
    if (token.isNoun()) {
      rules.addAll(triggers.forNoun(token.lemma()));
    }
    rules.addAll(adjectiveRows(triggers, token));
    String word = token.word().toLowerCase(Locale.ROOT);
    if (token.index() == 1 && token.tag().startsWith("NNP")) {
      rules.addAll(triggers.forNoun(word));
      if (word.endsWith("s")) {
        rules.addAll(triggers.forNoun(word.substring(0, word.length() - 1)));
      }
    }
    if (token.tag().equals("VBG")) {
      rules.addAll(triggers.forNoun(word));
    }
    return rules;
  }

  /** An adjective's rows, by its word: "was disappointed with" is tagged an adjective or a participle. */
  private static List<TriggerRule> adjectiveRows(TriggerRules triggers, Token token) {
    return token.tag().startsWith("JJ") || token.tag().equals("VBN") ? triggers.forAdjective(token.word()) : List.of();
  }

  /**
   * The rules that speak for one word: curated rows over generated ones, and among those the rows
   * whose required words are present (under the word, or governing it: "went on strike") over the
   * rows that require nothing ("fire rockets" is an
   * assault, "fire a minister" is not), one row per event type and relation.
   */
  private List<TriggerRule> chosen(DependencyGraph graph, int token, List<TriggerRule> rules) {
    List<TriggerRule> matching = new ArrayList<>();
    for (TriggerRule rule : rules) {
      boolean vetoed = !rule.forbids().isEmpty()
          && (vetoNear(graph, token, rule, 2) || vetoByClause(graph, token, rule));
      if (!vetoed && (rule.requires().isEmpty() || near(graph, token, rule.requires()))) {
        matching.add(rule);
      }
    }
    if (matching.stream().anyMatch(TriggerRule::curated)) {
      matching.removeIf(r -> !r.curated());
    }
    if (matching.stream().anyMatch(r -> !r.requires().isEmpty())) {
      matching.removeIf(r -> r.requires().isEmpty());
    }
    Map<String, TriggerRule> best = new LinkedHashMap<>();
    for (TriggerRule rule : matching) {
      best.merge(rule.event().type().name() + "|" + (rule.event().relation() == null ? "" : rule.event().relation().name()),
          rule, (a, b) -> b.confidence() > a.confidence() ? b : a);
    }
    return List.copyOf(best.values());
  }

  /**
   * Whether one of the words stands under the trigger (two steps at most) or governs it, or
   * modifies the noun a clausal trigger hangs on ("a sanctions programme that was lifted"), or is the
   * preposition the parser hung on the verb after the trigger, its object ("conducting operations
   * against LRA rebels").
   */
  private static boolean near(DependencyGraph graph, int token, Set<String> words) {
    int head = graph.head(token);
    return requiredBelow(graph, token, words, 2) || (head > 0 && required(graph, head, words))
        || (head > 0 && graph.relation(token).startsWith("acl") && requiredBelow(graph, head, words, 1))
        // "conducting operations against LRA rebels": the preposition the parser hung on the verb
        || (head > 0 && graph.relation(token).equals("obj") && prepositionAfter(graph, head, token, words))
        // "Armenian forces began withdrawing", "teachers said they would strike": the subject of the
        // verb whose complement it is, when the complement has no subject or a pronoun for one
        || (head > 0 && complementOfItsSubject(graph, token) && subjectsOf(graph, head).stream()
            .anyMatch(s -> graph.hasLemma(s, words)));
  }

  /**
   * Whether a token is one of a row's required words: its lemma, but not as a word of the name of
   * an organisation or a person ("struck Kurdistan Workers' Party targets" is no workers' strike);
   * a place's name keeps its words ("closed the Strait of Hormuz").
   */
  private static boolean required(DependencyGraph graph, int token, Set<String> words) {
    Token t = graph.token(token);
    return graph.hasLemma(token, words)
        && !(t.tag().startsWith("NNP") && (t.ner().equals("ORGANIZATION") || t.ner().equals("PERSON")));
  }

  /** {@link #required} for a word under the token, {@code depth} steps down at most. */
  private static boolean requiredBelow(DependencyGraph graph, int token, Set<String> words, int depth) {
    return graph.hasDescendant(token, child -> required(graph, child, words), depth);
  }

  /**
   * Whether a participle tells what an accident did: the verb of its clause is a verb of mishap
   * ({@code mishap} in names.tsv: collide, derail, capsize ...), also when the parser hangs the
   * participle on that clause's last noun ("collided head-on with a freight train, killing 57").
   */
  private static boolean toldOfAMishap(ExtractionContext context, DependencyGraph graph, int trigger) {
    String rel = graph.relation(trigger);
    if (!graph.token(trigger).tag().equals("VBG") || !(rel.equals("acl") || rel.startsWith("advcl") || rel.equals("dep"))) {
      return false;
    }
    int verb = graph.head(trigger);
    for (int step = 0; step < 3 && verb > 0 && !graph.token(verb).isVerb(); step++) {
      verb = graph.head(verb);
    }
    return verb > 0 && graph.token(verb).isVerb() && context.names().isMishapVerb(graph.token(verb).lemma());
  }

  /** A verb's subjects, or those of the verb it is coordinated with ("demanded ... and said"). */
  private static List<Integer> subjectsOf(DependencyGraph graph, int verb) {
    int node = verb;
    for (int step = 0; step < 3 && node > 0; step++) {
      List<Integer> subjects = graph.children(node, r -> r.equals("nsubj"));
      if (!subjects.isEmpty() || !graph.relation(node).equals("conj")) {
        return subjects;
      }
      node = graph.head(node);
    }
    return List.of();
  }

  /** Whether a preposition of one of the verb's obliques after its object is one of the words. */
  private static boolean prepositionAfter(DependencyGraph graph, int verb, int object, Set<String> words) {
    return graph.children(verb, r -> r.startsWith("obl")).stream().filter(o -> o > object)
        .flatMap(o -> graph.children(o, r -> r.equals("case")).stream())
        .anyMatch(c -> graph.hasLemma(c, words));
  }

  private static boolean complementOfItsSubject(DependencyGraph graph, int token) {
    String rel = graph.relation(token);
    List<Integer> own = graph.children(token, r -> r.equals("nsubj"));
    return rel.equals("xcomp")
        || (rel.equals("ccomp") && !own.isEmpty() && own.stream().allMatch(s -> graph.token(s).isPronoun()));
  }

  /**
   * Whether a participle hung on a clause ("..., killing 100 people") belongs to a clause whose
   * subject or object a vetoing word names: "torrential rain triggered floods, killing 100 people",
   * "an earthquake sent tsunami waves crashing into the coast, killing thousands". Only the subject
   * and object count ("a car bomb exploded near a gas station, killing eight" is an attack).
   */
  private boolean vetoByClause(DependencyGraph graph, int token, TriggerRule rule) {
    Set<String> words = rule.forbids();
    int head = graph.head(token);
    String rel = graph.relation(token);
    boolean setOff = rel.equals("acl") && token > 1 && graph.token(token - 1).word().equals(",");
    if (graph.token(token).tag().equals("VBG") && (rel.startsWith("conj") || setOff) && head > 0 && graph.token(head).isNoun()
        && graph.head(head) > 0 && graph.token(graph.head(head)).isVerb()) {
      // "rains caused a dam to burst, flooding villages and killing 30", "a fire engulfed a building in
      // Hong Kong, killing dozens": the parser joins the participle to the noun before it; it belongs
      // to that noun's clause
      head = graph.head(head);
      rel = "advcl";
    }
    boolean participle = graph.token(token).tag().equals("VBG")
        && (rel.startsWith("advcl") || rel.equals("dep") || rel.equals("xcomp") || rel.equals("conj"));
    // the parser's catch-all hangs a verb on the clause its subject stands in: "said floods [dep:] killed"
    boolean loose = graph.token(token).isVerb() && rel.equals("dep");
    if (head == 0 || !graph.token(head).isVerb() || !(participle || loose)) {
      return false;
    }
    for (int verb = head, step = 0; verb > 0 && graph.token(verb).isVerb() && step < 2; verb = graph.head(verb), step++) {
      // "explosions tore through a warehouse storing chemicals, killing 44"
      for (int argument : graph.children(verb, r -> r.equals("nsubj") || r.equals("obj") || r.startsWith("obl:through")
          || r.equals("obl:in") || r.equals("obl:at"))) {
        if ((graph.hasLemma(argument, words) && !weaponOf(graph, verb, argument, rule))
            || graph.children(argument, r -> r.equals("compound") || r.startsWith("conj"))
            .stream().anyMatch(m -> graph.hasLemma(m, words))) {
          return true;
        }
      }
      if (!graph.relation(verb).equals("xcomp") && !graph.relation(verb).equals("dep")) {
        break; // "sent waves crashing into the coast, killing": the participle's clause and the one it completes
      }
    }
    return false;
  }

  /**
   * Whether a response to a disaster reaches beyond its doers' own state: an actor for a target
   * ("Turkey sent rescuers to Syria"), or another state named in the sentence ("Rescue teams from
   * Germany arrived in Turkey to help search for survivors").
   */
  private static boolean aimedAbroad(ExtractionContext context, int sentence, List<Argument> doers,
      List<Argument> targets) {
    Predicate<Entity> ours = e -> doers.stream().anyMatch(d -> d.resolved()
        && (d.entity().id().equals(e.id()) || e.id().equals(d.entity().country())));
    boolean actorTarget = targets.stream().anyMatch(t -> t.resolved() && t.entity().type() != EntityType.LOCATION
        && t.entity().type() != EntityType.GROUP && !ours.test(t.entity()));
    return actorTarget || context.document().mentions(sentence).stream().map(Mention::entity)
        .anyMatch(e -> e.type() == EntityType.STATE && !ours.test(e));
  }

  /**
   * Whether this sentence or the one before names a natural hazard or an accident ({@code hazard}
   * in names.tsv): a flood, an earthquake, a mine collapse.
   */
  private static boolean afterHazard(ExtractionContext context, int sentence) {
    for (int s = Math.max(0, sentence - 1); s <= sentence; s++) {
      DependencyGraph graph = context.graph(s);
      for (int t = 1; t <= graph.sentence().tokens().size(); t++) {
        if (context.names().isHazardWord(graph.token(t).lemma())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a word is what the clause's own act of the rule's type is done with: a row of that
   * type for the clause's verb requires it ("gunmen opened fire, killing 17": the fire is gunfire).
   */
  private boolean weaponOf(DependencyGraph graph, int verb, int argument, TriggerRule rule) {
    String lemma = graph.token(argument).lemma().toLowerCase(Locale.ROOT);
    return triggers.forVerb(graph.token(verb).lemma()).stream().anyMatch(other ->
        other.event().type().equals(rule.event().type()) && other.requires().contains(lemma));
  }

  /**
   * Whether a vetoing word names a thing near the trigger: "killed in the earthquake", "a fire
   * struck the building". Verbs do not veto ("struck targets after rockets were fired"), except one
   * that completes the trigger ("ordered troops to leave").
   */
  private boolean vetoNear(DependencyGraph graph, int token, TriggerRule rule, int depth) {
    Set<String> words = rule.forbids();
    int head = graph.head(token);
    if (depth == 2 && head > 0 && !graph.token(head).isVerb() && graph.hasLemma(head, words)) {
      return true;
    }
    if (depth == 2 && graph.children(token, r -> r.equals("nsubj")).stream().anyMatch(s -> s > 1
        && RELATIVE.contains(graph.token(s).tag()) && graph.hasLemma(s - 1, words))) {
      return true; // "floods that killed 200 people", the relative clause left unattached by the parser
    }
    if (depth == 2 && graph.children(token, r -> r.equals("xcomp")).stream().anyMatch(c -> graph.hasLemma(c, words))) {
      return true; // a verb that completes the trigger is part of its sense: "ordered French troops to leave"
    }
    if (depth == 0) {
      return false;
    }
    for (int child : graph.basicChildren(token)) {
      if ((!graph.token(child).isVerb() && graph.hasLemma(child, words) && !weaponOf(graph, token, child, rule))
          || vetoNear(graph, child, rule, depth - 1)) {
        return true;
      }
    }
    return false;
  }

  private void apply(ExtractionContext context, int sentence, int trigger, TriggerRule rule,
      List<EventMention> out) {
    DependencyGraph graph = context.graph(sentence);
    if (rule.event().type().plover().equals("ASSAULT") && toldOfAMishap(context, graph, trigger)) {
      return; // "a train collided with a freight train, killing 57": what an accident did
    }
    if (rule.modalClause() && graph.children(trigger, r -> r.equals("ccomp")).stream()
        .anyMatch(c -> !modality.looksAhead(graph, c))) {
      return; // an opinion: "the men agreed he was brilliant"
    }
    // "the journalist has been in detention since May": who is in custody undergoes it, not does it
    boolean undergone = context.names().isUndergoneType(rule.event().type().plover()) && graph.hasChild(trigger, r -> r.equals("cop"));
    ArgumentSlots.Light light = rule.verb() || undergone ? new ArgumentSlots.Light(0, List.of()) : slots.light(graph, trigger);
    List<Argument> subjects = subjects(context, sentence, trigger, rule, light);
    int first = graph.head(trigger);
    if (subjects.isEmpty() && !rule.verb() && first > 0 && graph.relation(trigger).startsWith("conj")
        && graph.token(first).isNoun()) {
      // "Russian and Syrian airstrikes and shelling": the shelling is theirs too
      subjects = subjects(context, sentence, first, rule, slots.light(graph, first));
    }
    if (subjects.isEmpty() && !rule.subjectSlots().isEmpty()) {
      // "a car bomb exploded ...; Al-Shabaab claimed responsibility"
      subjects = discount(resolveAll(context, sentence, claims.doers(graph, trigger), rule.relation()));
    }
    if (subjects.isEmpty() && !rule.subjectSlots().isEmpty() && context.names().isClaimableType(rule.event().type().plover())
        && sentence + 1 < context.document().sentences().size()) {
      // "A drone attack targeted the Ain al-Asad air base. The Islamic Resistance in Iraq claimed
      // responsibility." The doers keep the trigger's place in this sentence.
      subjects = discount(resolveAll(context, sentence + 1, claims.doersBefore(context.graph(sentence + 1)),
          rule.relation()).stream().map(a -> new Argument(a.entity(), a.confidence(), trigger, a.text(), a.begin(), a.end()))
          .toList());
    }
    if (subjects.isEmpty() && rule.verb() && rule.event().mode() != null
        && context.names().isLocalDoerMode(rule.event().mode())) {
      subjects = localDoers(context, sentence, trigger, rule);
    }
    List<Argument> objects = new ArrayList<>();
    List<Integer> objectTokens = new ArrayList<>();
    // "X and Y met supporters": the verb has an object, so X and Y did not meet each other
    boolean anyObject = rule.verb() && !graph.children(trigger, r -> r.equals("obj")).isEmpty();
    List<Argument> between = new ArrayList<>();
    for (String slot : rule.objectSlots()) {
      List<Integer> tokens = objectTokens(graph, trigger, rule, light, slot, context.names());
      if ((rule.verb() ? slot.equals("obj") : slot.equals("@of")) && context.names().isUndoingType(rule.event().type().plover())) {
        tokens = undoneAims(context, graph, rule, tokens);
      }
      if (rule.mutual()) {
        // "clashed at the crossing, with each side blaming the other": each side is no one clashed with
        tokens = tokens.stream().filter(o -> !Reciprocals.isDistributive(graph, o, context.names())).toList();
      }
      anyObject |= !tokens.isEmpty() && !slot.equals("@between");
      List<Argument> resolved = resolveAll(context, sentence, tokens, rule.relation());
      if (slot.equals("@between")) {
        between.addAll(resolved);
      } else {
        for (Argument a : resolved) {
          if (objects.stream().noneMatch(b -> b.key().equals(a.key()))) {
            objects.add(a);
          }
        }
        objectTokens.addAll(tokens);
      }
    }
    ArgumentResolver resolver = context.arguments();
    List<Argument> parties = reciprocalParties(context, sentence, trigger, rule);
    if (!parties.isEmpty()) {
      // "Armenian and Azerbaijani forces clashed, each accusing the other": a joint act of the parties
      subjects = parties;
      objects.clear();
      objectTokens.clear();
      between.clear();
    }
    if (parties.isEmpty() && rule.event().relation() != null && !rule.relation().objectTypes().isEmpty()
        && (objects.stream().anyMatch(o -> o.resolved()
            ? !rule.relation().acceptsObject(o.entity().type()) && o.entity().type() != EntityType.LOCATION
            : !ArgumentResolver.isPlace(resolver.kind(sentence, o)))
            || (rule.verb() && objects.isEmpty() && !graph.children(trigger, r -> r.equals("obj")).isEmpty()))) {
      // politicians "attack" each other, and plans, with words; "attacked the town", "invaded
      // Afrin" are assaults (a place gives the event, not the relation statement)
      return;
    }
    if (objects.stream().anyMatch(o -> !rule.acceptsTarget(resolver.kind(sentence, o)))
        || subjects.stream().anyMatch(s -> !rule.acceptsSource(resolver.kind(sentence, s)))) {
      return;
    }
    int clause = rule.verb() ? 0 : (light.verb() > 0 ? light.verb() : slots.clauseVerb(graph, trigger));
    Spokespeople.Statement statement = spokespeople.of(context, sentence, rule.verb() ? trigger : clause, rule, subjects);
    Modality told = modality.classify(graph, trigger, rule.relation());
    if (statement.bySource() && (told == Modality.HEDGED || told == Modality.INTENDED)) {
      told = Modality.ASSERTED; // "Iran said it would retaliate": saying so is the threat
    }
    MentionDraft draft = new MentionDraft(context, sentence, trigger, rule.event(), rule.confidence(),
        rule.source(), told, clause, objectTokens);
    EventMention event;
    if (!parties.isEmpty()) {
      event = draft.event(parties, List.of(), true, 1.0);
    } else if (rule.verb() && distinctEntities(between) >= 2 && !subjects.isEmpty()
        && subjects.stream().noneMatch(s -> between.stream().anyMatch(b -> b.key().equals(s.key())))) {
      // "Egypt brokered a truce between Israel and Hamas": the broker acts on both
      event = draft.event(subjects, between, false, 1.0);
    } else if (between.stream().map(Argument::key).distinct().count() >= 2) {
      // "talks between Beijing and Moscow", "talks between the government and the rebels": a joint
      // act, every party its source
      event = draft.event(between, List.of(), true, 1.0);
    } else if ((rule.mutual() ? objects.isEmpty() : !anyObject && rule.relation().symmetric())
        && distinctEntities(subjects) >= 2) {
      // "Xi and Putin met": the parties acted with each other (each is a source). Not
      // when the verb has an object that is no actor ("informants whom the CIA and the DGSE met").
      event = draft.event(subjects, List.of(), true, 1.0);
    } else {
      List<Argument> targets = new ArrayList<>(objects);
      if (targets.isEmpty()) {
        targets.addAll(between);
      }
      // the doers are no target of their own act, before the row's need of a target is judged
      List<Argument> doers = statement.doers();
      targets.removeIf(t -> doers.stream().anyMatch(s -> MentionDraft.isSelf(s, t)));
      if (context.names().isWheretoType(rule.event().type().plover())) {
        // "deployed special forces to Zamfara State", "withdrew from the district": where troops go
        // is no one they act on (but "lifted its siege of Aleppo" is aimed at the city)
        targets.removeIf(t -> (ArgumentResolver.isPlace(resolver.kind(sentence, t))
            || (t.resolved() && t.entity().type() == EntityType.LOCATION))
            && graph.children(t.token(), r -> r.equals("case")).stream()
                .anyMatch(c -> context.names().isMovementPreposition(graph.token(c).word())));
      }
      if (!rule.needs().satisfiedBy(!doers.isEmpty(), !targets.isEmpty())) {
        return;
      }
      if (rule.aftermath() && afterHazard(context, sentence) && !aimedAbroad(context, sentence, doers, targets)) {
        // "A powerful earthquake struck ... The army deployed 2,000 soldiers to search for survivors":
        // a response to the disaster at home, aimed at no actor
        return;
      }
      event = draft.event(doers, targets, false, doers.isEmpty() && targets.isEmpty() ? BARE : 1.0);
    }
    out.add(event);
  }

  /** The parties of an act done to one another ({@link Reciprocals}), or none. */
  private List<Argument> reciprocalParties(ExtractionContext context, int sentence, int trigger, TriggerRule rule) {
    DependencyGraph graph = context.graph(sentence);
    int clause = reciprocals.partiesClause(graph, trigger, context.names());
    if (clause == 0) {
      return List.of();
    }
    List<Argument> parties = resolveAll(context, sentence, reciprocals.parties(graph, clause), rule.relation());
    return distinctEntities(parties) >= 2 ? parties : List.of();
  }

  private List<Argument> subjects(ExtractionContext context, int sentence, int trigger, TriggerRule rule,
      ArgumentSlots.Light light) {
    DependencyGraph graph = context.graph(sentence);
    boolean passive = rule.verb() && graph.isPassive(trigger);
    List<String> order = new ArrayList<>(List.of("poss", "mod", "nsubj", "holder", "agent"));
    rule.subjectSlots().stream().filter(s -> s.startsWith("@")).forEach(order::add);
    order.addAll(List.of("light", "scene", "obj"));
    for (String slot : order) {
      if (!rule.subjectSlots().contains(slot) && !(passive && slot.equals("nsubj"))) {
        continue;
      }
      List<Integer> tokens = switch (slot) {
        // "his arrest": the possessor of an act done to someone underwent it (object slot 'patient')
        case "poss" -> rule.objectSlots().contains("patient") && !slots.patientPossessors(graph, trigger).isEmpty()
            ? List.of() : slots.possessors(graph, trigger);
        case "mod" -> slots.modifiers(graph, trigger);
        // who feels what an adjective says: "Beijing was angry at", "he was disillusioned with"
        case "holder" -> graph.children(trigger, r -> r.equals("nsubj") || r.equals("nsubj:pass"));
        case "nsubj" -> rule.verb() ? slots.verbSubjects(graph, trigger) : List.of();
        case "agent" -> rule.verb() ? slots.verbSubjects(graph, trigger) : slots.nounAgents(graph, trigger);
        // for a noun, what its light verb puts there: "Indian forces were put on high alert"
        case "obj" -> rule.verb() ? slots.objects(graph, trigger)
            : light.verb() > 0 ? slots.objects(graph, light.verb()) : List.of();
        case "light" -> light.subjects();
        case "scene" -> rule.verb() ? List.of() : slots.sceneSubjects(graph, trigger);
        // a verb's @P names its doer only in the passive: "was expelled from the party"
        default -> rule.verb() ? (passive ? slots.prepositional(graph, trigger, slot.substring(1)) : List.of())
            : nounPrepositional(graph, trigger, slot.substring(1));
      };
      if (slot.equals("poss") && !light.subjects().isEmpty() && !tokens.isEmpty()
          && tokens.stream().allMatch(t -> graph.token(t).isPronoun() && plural(graph, t) == plural(graph,
              light.subjects().get(0)))) {
        // "Moroccan diplomats held their first meeting": "their" is the diplomats (but in "Xi
        // reiterated their partnership" it is not Xi)
        tokens = light.subjects();
      }
      List<Argument> found = resolveAll(context, sentence, tokens, rule.relation());
      if (slot.equals("mod")) {
        found.removeIf(a -> !a.resolved() || a.entity().type() == EntityType.PERSON);
        if (!light.subjects().isEmpty()) {
          // "it has continued launching terrorist attacks": a describing word yields to the actor
          found.removeIf(a -> a.entity().type() == EntityType.GROUP);
        }
      }
      if (!found.isEmpty()) {
        boolean indirect = slot.equals("light") || slot.equals("scene") || (slot.equals("nsubj")
            && graph.children(trigger, r -> r.equals("nsubj") || r.equals("nsubj:xsubj")).isEmpty());
        return indirect ? discount(found) : found;
      }
    }
    return List.of();
  }

  /**
   * A noun's argument after a preposition, or that of the verb of suffering the noun is the object
   * of: "the minister drew criticism from rights groups", where the from-phrase hangs on the verb.
   */
  private List<Integer> nounPrepositional(DependencyGraph graph, int noun, String preposition) {
    List<Integer> own = slots.prepositional(graph, noun, preposition);
    return own.isEmpty() ? slots.undergoneArguments(graph, noun, preposition) : own;
  }

  /** Whether a pronoun or noun phrase is plural: "their", "diplomats", "China and Russia". */
  private static boolean plural(DependencyGraph graph, int token) {
    Token t = graph.token(token);
    if (t.isPronoun()) {
      return org.diplograph.resolve.PronounResolver.isPlural(t.word());
    }
    return graph.isPluralPhrase(token);
  }

  private List<Integer> objectTokens(DependencyGraph graph, int trigger, TriggerRule rule,
      ArgumentSlots.Light light, String slot, NameLists names) {
    if (slot.equals("obj")) {
      if (!rule.verb()) {
        return List.of();
      }
      List<Integer> objects = slots.objects(graph, trigger);
      return objects.isEmpty() && rule.relation().attitudinal() ? slots.clauseSubjects(graph, trigger) : objects;
    }
    if (slot.equals("iobj")) {
      // a noun's is its light verb's: "gave the rebels an ultimatum"
      int verb = rule.verb() ? trigger : light.verb();
      return verb > 0 ? graph.children(verb, r -> r.equals("iobj")) : List.of();
    }
    if (slot.equals("xcomp")) {
      List<Integer> out = new ArrayList<>(slots.complementObjects(graph, trigger));
      if (out.isEmpty() && rule.verb()) {
        // "warned that it would launch an operation against Kurdish militants": a that-clause
        // saying what is to be done acts on its object as an infinitive would
        graph.children(trigger, r -> r.equals("ccomp")).stream().filter(c -> modality.looksAhead(graph, c))
            .forEach(c -> out.addAll(slots.clauseObjects(graph, c)));
      }
      return out;
    }
    if (slot.equals("ccomp")) {
      // a noun's content clause too: "allegations that Russian hackers interfered"
      return slots.clauseSubjects(graph, trigger);
    }
    if (slot.equals("victim")) {
      return rule.verb() ? List.of() : slots.victims(graph, trigger);
    }
    if (slot.equals("scene")) {
      // "told Biden in a video call", "assured Zelensky during their meeting": whom the words
      // said there were addressed to is the other party
      int verb = rule.verb() ? 0 : slots.sceneVerb(graph, trigger);
      return verb > 0 && names.isAddresseeVerb(graph.token(verb).lemma())
          ? graph.children(verb, r -> r.equals("obj") || r.equals("iobj")) : List.of();
    }
    if (slot.equals("patient")) {
      return rule.verb() ? List.of() : slots.patientPossessors(graph, trigger);
    }
    String preposition = slot.substring(1);
    List<Integer> tokens = new ArrayList<>(slots.prepositional(graph, trigger, preposition));
    if (tokens.isEmpty() && rule.verb() && graph.children(trigger, r -> r.equals("compound:prt")).stream()
        .anyMatch(p -> graph.token(p).word().equalsIgnoreCase(preposition))) {
      tokens.addAll(graph.children(trigger, r -> r.equals("obj"))); // "called on Israel": a particle's object
    }
    if (tokens.isEmpty() && light.verb() > 0) {
      tokens.addAll(slots.prepositional(graph, light.verb(), preposition));
    }
    if (tokens.isEmpty() && !rule.verb()) {
      // "the sanctions imposed on Russia", "talks held with the Taliban": a participle after the noun
      // carries it as a light verb would
      for (int clause : graph.children(trigger, r -> r.startsWith("acl"))) {
        if (graph.token(clause).tag().equals("VBN") && clause > trigger) {
          tokens.addAll(slots.prepositional(graph, clause, preposition));
        }
      }
    }
    if (tokens.isEmpty() && !rule.verb() && graph.head(trigger) > 0 && graph.token(graph.head(trigger)).tag().equals("$")) {
      tokens.addAll(slots.prepositional(graph, graph.head(trigger), preposition)); // "$90m in aid for Turkey"
    }
    if (tokens.isEmpty() && !rule.verb()) {
      tokens.addAll(slots.onsetArguments(graph, trigger, preposition)); // "fighting erupted between X and Y"
    }
    if (tokens.isEmpty()) {
      // "called on both sides to exercise restraint", parsed as a clause "on both sides to
      // exercise" with the preposition as its marker: the clause's subject is the argument (so
      // for an adjective: "disappointed with Ankara's decision to buy"; for a noun, whose clause
      // is its acl: "an EU demand for Turkey to recognise Cyprus")
      for (int clause : graph.children(trigger, r -> r.startsWith("advcl") || r.startsWith("acl"))) {
        boolean marked = graph.children(clause, r -> r.equals("mark")).stream()
            .anyMatch(m -> graph.token(m).word().equalsIgnoreCase(preposition));
        if (marked) {
          tokens.addAll(graph.children(clause, r -> r.equals("nsubj")));
        }
      }
    }
    if (tokens.isEmpty() && rule.verb() && preposition.equals("near")) {
      // "moved troops close to Ukraine's border", "closer to the frontier": near, said with an adjective
      tokens.addAll(graph.children(trigger, r -> r.equals("obl:close_to") || r.equals("obl:closer_to")));
      for (int word : graph.children(trigger, r -> r.equals("advmod") || r.equals("xcomp") || r.startsWith("obl"))) {
        if (NEARNESS.contains(graph.token(word).lemma().toLowerCase(Locale.ROOT))) {
          tokens.addAll(graph.children(word, r -> r.equals("obl:to") || r.equals("nmod:to")));
        }
      }
    }
    if (tokens.isEmpty() && rule.verb()) {
      // "cut diplomatic ties with Qatar", "signed a deal with Kyiv": the argument hangs on the
      // object the row requires ("discussed communications with the US" is no meeting with it)
      for (int object : graph.children(trigger, r -> r.equals("obj"))) {
        if (!rule.requires().contains(graph.token(object).lemma().toLowerCase(Locale.ROOT))) {
          continue;
        }
        tokens.addAll(slots.prepositional(graph, object, preposition));
      }
    }
    return tokens;
  }

  /** Who does an act the text names no doer for, where that is the state it is done in: "arrested in Turkey". */
  private static List<Argument> localDoers(ExtractionContext context, int sentence, int trigger, TriggerRule rule) {
    List<Integer> places = context.graph(sentence).children(trigger, r -> r.equals("obl:in"));
    return discount(resolveAll(context, sentence, places, rule.relation()).stream()
        .filter(a -> a.resolved() && a.entity().type() == EntityType.STATE).toList());
  }

  /**
   * The objects of an act that undoes another (a verb's object, a noun's of-phrase: "the lifting of
   * sanctions on Iran"): an object naming an act the row requires gives whom that act was aimed at,
   * when the text says, not its owner ("lifted its siege of Taiz": Taiz, not the lifter; but "freed
   * 290 prisoners" frees the prisoners); an object whose of-phrase names such an act is no one
   * ("lifted the state of emergency").
   */
  private List<Integer> undoneAims(ExtractionContext context, DependencyGraph graph, TriggerRule rule,
      List<Integer> objects) {
    List<Integer> out = new ArrayList<>();
    for (int object : objects) {
      String lemma = graph.token(object).lemma().toLowerCase(Locale.ROOT);
      List<Integer> aims = slots.aims(graph, object);
      boolean act = !triggers.forNoun(lemma).isEmpty() || context.names().isDeedNoun(lemma); // not "freed prisoners"
      if (rule.requires().contains(lemma) && act && !aims.isEmpty()) {
        out.addAll(aims);
      } else if (graph.children(object, r -> r.equals("nmod:of")).stream()
          .noneMatch(o -> rule.requires().contains(graph.token(o).lemma().toLowerCase(Locale.ROOT)))) {
        out.add(object); // but "lifted the state of emergency" undoes the emergency, aimed at nobody named
      }
    }
    return out;
  }

  static List<Argument> resolveAll(ExtractionContext context, int sentence, List<Integer> tokens,
      RelationSpec relation) {
    List<Argument> out = new ArrayList<>();
    for (int token : tokens) {
      for (Argument a : context.arguments().resolve(sentence, token, relation)) {
        if (out.stream().noneMatch(b -> b.key().equals(a.key()))) {
          out.add(a);
        }
      }
    }
    return out;
  }

  private static List<Argument> discount(List<Argument> arguments) {
    return arguments.stream().map(a -> new Argument(a.entity(), a.confidence() * INDIRECT, a.token(),
        a.text(), a.begin(), a.end())).toList();
  }

  static long distinctEntities(List<Argument> arguments) {
    return arguments.stream().filter(Argument::resolved).map(a -> a.entity().id()).distinct().count();
  }
}
