package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.annotate.DependencyGraph;
import org.diplograph.annotate.Token;
import org.diplograph.resolve.EntityType;

/**
 * Extracts event relations (met with, supports, accused, ...) from a sentence with the rows of
 * {@code triggers.tsv}: for each trigger word, fill its subject and object slots, resolve them
 * to actors, and record one mention per actor pair with its modality, date and place.
 */
final class EventExtractor {
  /** Discount for a subject taken from a light verb or an inherited clause rather than the trigger. */
  private static final double INDIRECT = 0.9;

  private final TriggerRules triggers;
  private final ArgumentSlots slots;
  private final ModalityClassifier modality;

  EventExtractor(TriggerRules triggers, LightVerbs lightVerbs, ModalityClassifier modality) {
    this.triggers = triggers;
    this.slots = new ArgumentSlots(lightVerbs);
    this.modality = modality;
  }

  List<RelationMention> extract(ExtractionContext context, int sentence) {
    DependencyGraph graph = context.graph(sentence);
    List<RelationMention> out = new ArrayList<>();
    for (Token token : graph.sentence().tokens()) {
      List<TriggerRule> rules = token.isVerb() ? triggers.forVerb(token.lemma())
          : token.isNoun() ? triggers.forNoun(token.lemma()) : List.of();
      for (TriggerRule rule : rules) {
        if (rule.requires().isEmpty() || graph.hasDescendantLemma(token.index(), rule.requires(), 2)) {
          apply(context, sentence, token.index(), rule, out);
        }
      }
    }
    return out;
  }

  private void apply(ExtractionContext context, int sentence, int trigger, TriggerRule rule,
      List<RelationMention> out) {
    DependencyGraph graph = context.graph(sentence);
    ArgumentSlots.Light light = rule.verb() ? new ArgumentSlots.Light(0, List.of()) : slots.light(graph, trigger);
    List<Argument> subjects = subjects(context, sentence, trigger, rule, light);
    List<Argument> objects = new ArrayList<>();
    List<Integer> objectTokens = new ArrayList<>();
    // "X and Y met supporters": the verb has an object, so X and Y did not meet each other
    boolean anyObject = rule.verb() && !graph.children(trigger, r -> r.equals("obj")).isEmpty();
    List<Argument> between = new ArrayList<>();
    for (String slot : rule.objectSlots()) {
      List<Integer> tokens = objectTokens(graph, trigger, rule, light, slot);
      anyObject |= !tokens.isEmpty() && !slot.equals("@between");
      List<Argument> resolved = resolveAll(context, sentence, tokens, rule.relation());
      if (slot.equals("@between")) {
        between.addAll(resolved);
      } else {
        objects.addAll(resolved);
        objectTokens.addAll(tokens);
      }
    }
    int clause = rule.verb() ? 0 : (light.verb() > 0 ? light.verb() : slots.clauseVerb(graph, trigger));
    MentionDraft draft = new MentionDraft(context, sentence, trigger, rule.relation(), rule.confidence(),
        rule.source(), modality.classify(graph, trigger, rule.relation()), clause, objectTokens);
    if (distinctEntities(between) >= 2) {
      pairs(between, draft, out);
    } else if (!anyObject && rule.relation().symmetric() && distinctEntities(subjects) >= 2) {
      // "Xi and Putin met": both parties are subjects. Not when the verb has an object that is no
      // actor ("informants whom the CIA and the DGSE met").
      pairs(subjects, draft, out);
    } else {
      for (Argument s : subjects) {
        for (Argument o : objects) {
          draft.emit(s, o, out);
        }
      }
    }
  }

  private List<Argument> subjects(ExtractionContext context, int sentence, int trigger, TriggerRule rule,
      ArgumentSlots.Light light) {
    DependencyGraph graph = context.graph(sentence);
    boolean passive = rule.verb() && graph.isPassive(trigger);
    for (String slot : List.of("poss", "mod", "nsubj", "agent", "light")) {
      if (!rule.subjectSlots().contains(slot) && !(passive && slot.equals("nsubj"))) {
        continue;
      }
      List<Integer> tokens = switch (slot) {
        case "poss" -> slots.possessors(graph, trigger);
        case "mod" -> slots.modifiers(graph, trigger);
        case "nsubj", "agent" -> rule.verb() ? slots.verbSubjects(graph, trigger) : List.of();
        default -> light.subjects();
      };
      List<Argument> found = resolveAll(context, sentence, tokens, rule.relation());
      if (slot.equals("mod")) {
        found.removeIf(a -> a.entity().type() == EntityType.PERSON);
      }
      if (!found.isEmpty()) {
        boolean indirect = slot.equals("light") || (slot.equals("nsubj")
            && graph.children(trigger, r -> r.equals("nsubj") || r.equals("nsubj:xsubj")).isEmpty());
        return indirect ? discount(found) : found;
      }
    }
    return List.of();
  }

  private List<Integer> objectTokens(DependencyGraph graph, int trigger, TriggerRule rule,
      ArgumentSlots.Light light, String slot) {
    if (slot.equals("obj")) {
      return rule.verb() ? slots.objects(graph, trigger) : List.of();
    }
    if (slot.equals("iobj")) {
      return graph.children(trigger, r -> r.equals("iobj"));
    }
    String preposition = slot.substring(1);
    List<Integer> tokens = new ArrayList<>(slots.prepositional(graph, trigger, preposition));
    if (tokens.isEmpty() && light.verb() > 0) {
      tokens.addAll(slots.prepositional(graph, light.verb(), preposition));
    }
    return tokens;
  }

  static List<Argument> resolveAll(ExtractionContext context, int sentence, List<Integer> tokens,
      RelationSpec relation) {
    List<Argument> out = new ArrayList<>();
    for (int token : tokens) {
      for (Argument a : context.arguments().resolve(sentence, token, relation)) {
        if (out.stream().noneMatch(b -> b.entity().equals(a.entity()))) {
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
    return arguments.stream().map(a -> a.entity().id()).distinct().count();
  }

  static void pairs(List<Argument> parties, MentionDraft draft, List<RelationMention> out) {
    for (int i = 0; i < parties.size(); i++) {
      for (int j = i + 1; j < parties.size(); j++) {
        draft.emit(parties.get(i), parties.get(j), out);
      }
    }
  }
}
