package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.diplograph.annotate.DependencyGraph;
import org.diplograph.resolve.EntityType;
import org.diplograph.resolve.Gazetteer;
import org.diplograph.resolve.NameLists;
import org.diplograph.resolve.ResolvedDocument;

/**
 * The extract stage: events from trigger words and constructions, roles from titles. One event is
 * kept per trigger word and type (the reading with most participants), and one relation statement per relation, pair
 * of actors, sentence and modality (the most confident), so two rules firing on the same statement
 * ("provided aid" and "aid to") do not count it twice; an event with no participant is dropped
 * when the sentence has one of its type with participants. Thread-safe.
 */
public final class RelationExtractor {
  private final EventExtractor events;
  private final ConstructionExtractor constructions;
  private final RoleExtractor roles;
  private final NameLists names;
  private final Gazetteer gazetteer;
  private final RelationCatalog catalog;
  private final EventSpec riot;
  private final EventSpec occupation;
  private final ConditionalThreats threats;
  private final EventSpec refusal;
  private final ModalityCues cues;

  public RelationExtractor(ExtractionRules rules, Gazetteer gazetteer, NameLists names) {
    this.gazetteer = gazetteer;
    this.catalog = rules.catalog();
    ModalityClassifier modality = new ModalityClassifier(rules.modalityCues());
    this.events = new EventExtractor(rules.triggers(),
        new ArgumentSlots(rules.lightVerbs(), rules.sufferVerbs(), rules.impactVerbs(), rules.controlVerbs(),
            rules.attributionVerbs(),
            lemma -> speechAbout(rules.triggers(), lemma) || names.isAnswerNoun(lemma), names::isThirdPartyVerb,
            lemma -> judges(rules.triggers(), lemma)),
        rules.claims(), modality);
    this.constructions = new ConstructionExtractor(rules.constructions(), modality);
    this.roles = new RoleExtractor(rules.titles(), gazetteer);
    this.names = names;
    this.riot = catalog.event("Protest/riot", "crowd violence");
    this.occupation = catalog.event("Protest/obstruct", "crowd occupation");
    this.threats = new ConditionalThreats(catalog, names);
    this.refusal = catalog.event("rejected", "refusals");
    this.cues = rules.modalityCues();
  }

  public Extraction extract(ResolvedDocument document) {
    ExtractionContext context = new ExtractionContext(document, names, gazetteer);
    Map<String, EventMention> events = new LinkedHashMap<>();
    Map<String, RelationMention> kept = new LinkedHashMap<>();
    for (int s = 0; s < document.sentences().size(); s++) {
      List<EventMention> extracted = new ArrayList<>(this.events.extract(context, s));
      extracted.addAll(constructions.extract(context, s, catalog));
      List<EventMention> found = threats.withThreats(context, s, extracted);
      found.removeIf(e -> !e.hasParticipants() && found.stream().anyMatch(other ->
          other.event().type().equals(e.event().type()) && other.hasParticipants()));
      Map<String, EventMention> told = new LinkedHashMap<>();
      for (EventMention e : NestedMentions.nested(found, context.graph(s), names)) {
        EventMention typed = refusal(riot(e), context.graph(s));
        told.merge(actKey(typed), typed, RelationExtractor::toldTwice);
      }
      told.values().forEach(typed -> events.merge(key(typed), typed, NestedMentions::better));
      for (RelationMention m : roles.extract(context, s)) {
        kept.merge(key(m), m, (a, b) -> b.confidence() > a.confidence() ? b : a);
      }
    }
    for (EventMention e : events.values()) {
      for (RelationMention m : e.statements()) {
        kept.merge(key(m), m, (a, b) -> b.confidence() > a.confidence() ? b : a);
      }
    }
    List<EventMention> eventList = new ArrayList<>(events.values());
    eventList.sort(Comparator.comparingInt(EventMention::begin).thenComparingInt(EventMention::end)
        .thenComparing(e -> e.event().key()).thenComparingInt(EventMention::trigger));
    List<RelationMention> out = new ArrayList<>(kept.values());
    out.sort(Comparator.comparingInt(RelationMention::begin).thenComparingInt(RelationMention::end)
        .thenComparing(m -> m.relation().name()).thenComparing(m -> m.subject().id())
        .thenComparing(m -> m.object().id()));
    return new Extraction(eventList, out);
  }

  /**
   * Agreeing, giving in or backing that an actor says it will never do is a refusal, a REJECT, as event
   * coders read it: "Turkey would never agree to a compromise", "he would not apologise", "it will not
   * bow to demands". What did not happen stays as it is ("the two sides did not agree").
   */
  private EventMention refusal(EventMention e, DependencyGraph graph) {
    String type = e.event().type().plover();
    if (!(type.equals("AGREE") || type.equals("CONCEDE") || type.equals("SUPPORT")) || e.modality() != Modality.NEGATED
        || e.sources().isEmpty()) {
      return e;
    }
    int verb = e.trigger();
    while (verb > 0 && !graph.token(verb).isVerb()) {
      verb = graph.head(verb);
    }
    if (verb == 0) {
      return e;
    }
    // "would not", "will never": an auxiliary that looks ahead and a negation (modality.tsv's cues)
    boolean ahead = false;
    boolean not = false;
    for (int c : graph.basicChildren(verb)) {
      var cue = cues.find(graph.token(c).word().toLowerCase(java.util.Locale.ROOT)).filter(ModalityCue::asModifier);
      ahead |= graph.relation(c).equals("aux") && cue.map(q -> q.modality() == Modality.INTENDED
          || q.modality() == Modality.HEDGED).orElse(false);
      not |= cue.map(q -> q.modality() == Modality.NEGATED).orElse(false);
    }
    if (!(ahead && not)) {
      return e;
    }
    return new EventMention(refusal, e.sources(), e.targets(), e.sentence(), e.trigger(), e.begin(), e.end(),
        e.triggerText(), Modality.ASSERTED, e.confidence(), e.rule(), e.time(), e.place(), List.of(), e.joint());
  }

  /**
   * Violence by a crowd of civilians is a riot, a protest ("protesters clashed with police",
   * "residents stormed the base"): an assault whose every source is a group of a crowd sector
   * ({@code crowd} in names.tsv) becomes PROTEST/riot; its "attacked" statements go with it. A
   * crowd seizing a place ("students occupying a university") obstructs it: PROTEST/obstruct.
   */
  private EventMention riot(EventMention e) {
    boolean assault = e.event().type().plover().equals("ASSAULT");
    boolean seizure = e.event().type().plover().equals("COERCE") && "seize".equals(e.event().mode());
    if (!(assault || seizure) || e.sources().isEmpty()
        || names.isArmedWord(e.triggerText().toLowerCase(java.util.Locale.ROOT))
        || !e.sources().stream().allMatch(a -> a.resolved() && a.entity().type() == EntityType.GROUP
            && names.isCrowdSector(a.entity().id().substring(a.entity().id().lastIndexOf('_') + 1)))) {
      return e;
    }
    return new EventMention(assault ? riot : occupation, e.sources(), e.targets(), e.sentence(), e.trigger(), e.begin(), e.end(),
        e.triggerText(), e.modality(), e.confidence(), e.rule(), e.time(), e.place(), List.of(), e.joint());
  }

  /**
   * A noun for words said about another act ("concern over the arrests", "a condemnation of the
   * attack", "a warning about the threat"): whoever voices it did not do that act (nor does whoever
   * answers an act: names.tsv list answer, "in retaliation for the rocket attacks"). Nouns of
   * commitment ("their commitment to a partnership") carry their subject to it, and are not these.
   */
  private static boolean speechAbout(TriggerRules triggers, String lemma) {
    return triggers.forNoun(lemma).stream()
        .anyMatch(r -> r.event().type().plover().equals("ACCUSE") || r.event().type().plover().equals("THREATEN"));
  }

  /** A verb that blames someone for what they did: one of its rows accuses ("blame", "condemn"). */
  private static boolean judges(TriggerRules triggers, String lemma) {
    return triggers.forVerb(lemma).stream().anyMatch(r -> r.event().type().plover().equals("ACCUSE"));
  }

  /** One event per trigger word and type. */
  private static String key(EventMention e) {
    return e.sentence() + "|" + e.trigger() + "|" + e.event().type().name();
  }

  /** One act told twice: the better mention, with the statements of both. */
  private static EventMention toldTwice(EventMention a, EventMention b) {
    EventMention kept = NestedMentions.better(a, b);
    EventMention other = kept == a ? b : a;
    if (other.statements().isEmpty()) {
      return kept;
    }
    List<RelationMention> statements = new ArrayList<>(kept.statements());
    statements.addAll(other.statements());
    return kept.withStatements(statements);
  }

  /**
   * What makes two mentions of one sentence one act told twice: the same PLOVER type, modality and
   * actors, every one of them resolved ("Xi and Biden held three hours of talks ..., their first
   * meeting since"; "journalists held a sit-in ... in protest"). Any other mention is its own key.
   */
  private static String actKey(EventMention e) {
    if (!e.hasParticipants() || !e.sources().stream().allMatch(Argument::resolved)
        || !e.targets().stream().allMatch(Argument::resolved)) {
      return key(e);
    }
    Set<String> actors = new TreeSet<>();
    e.sources().forEach(a -> actors.add(a.entity().id()));
    e.targets().forEach(a -> actors.add("@" + a.entity().id()));
    return e.event().type().plover() + "|" + e.modality() + "|" + String.join(",", actors);
  }

  /** What makes two statements one: relation, parties (either order for a symmetric relation), sentence, modality. */
  static String key(RelationMention m) {
    String a = m.subject().id();
    String b = m.object().id();
    if (m.relation().symmetric() && a.compareTo(b) > 0) {
      String t = a;
      a = b;
      b = t;
    }
    return m.relation().name() + "|" + a + "|" + b + "|" + m.sentence() + "|" + m.modality();
  }
}
