package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.annotate.DependencyGraph;
import org.diplograph.resolve.NameLists;

/**
 * An act of force held out on a condition is a threat, as event coders read it (CAMEO 13: threaten):
 * "they would strike if the government failed to respond", "the army would otherwise launch an
 * assault on Mekelle", "Iran could close the strait if its exports are blocked". The act stays an
 * intended event; the threat is said now, by the act's source, to whom the act would hit or whom the
 * condition names.
 */
final class ConditionalThreats {
  /** Steps from a trigger up to the verb that may carry the condition ("would launch an assault"). */
  private static final int REACH = 2;
  private static final double CONFIDENCE = 0.6;

  private final EventSpec threat;
  private final NameLists names;

  ConditionalThreats(RelationCatalog catalog, NameLists names) {
    this.threat = catalog.event("threatened", "conditional threats");
    this.names = names;
  }

  /**
   * A sentence's mentions with the threats its conditional acts of force make, unless the sentence
   * states a threat itself; then each stated threat is aimed at whom its condition names as well
   * ("threatened to cut off gas to Europe if the EU imposed sanctions": the EU; "warned of
   * retaliation if NATO deployed troops": NATO).
   */
  List<EventMention> withThreats(ExtractionContext context, int sentence, List<EventMention> found) {
    List<EventMention> out = new ArrayList<>();
    DependencyGraph graph = context.graph(sentence);
    if (found.stream().anyMatch(e -> e.event().type().plover().equals("THREATEN"))) {
      for (EventMention e : found) {
        int condition = e.event().type().plover().equals("THREATEN") ? statedCondition(graph, e.trigger()) : -1;
        List<Argument> targets = new ArrayList<>(e.targets());
        if (condition > 0) {
          for (Argument a : conditionSubjects(context, sentence, condition)) {
            if (targets.stream().noneMatch(t -> t.key().equals(a.key()))
                && e.sources().stream().noneMatch(t -> t.key().equals(a.key()))) {
              targets.add(a);
            }
          }
        }
        if (targets.size() == e.targets().size()) {
          out.add(e);
        } else {
          MentionDraft draft = new MentionDraft(context, sentence, e.trigger(), threat, e.confidence(),
              names.where("condition"), e.modality(), 0, List.of());
          out.add(draft.event(e.sources(), targets, false, 1.0));
        }
      }
      return out;
    }
    out.addAll(found);
    for (EventMention e : found) {
      boolean ahead = e.modality() == Modality.INTENDED || e.modality() == Modality.HEDGED;
      if (!names.isForcefulType(e.event().type().plover()) || e.sources().isEmpty() || !ahead) {
        continue;
      }
      int condition = condition(graph, e.trigger());
      if (condition < 0) {
        continue;
      }
      List<Argument> targets = new ArrayList<>(e.targets());
      if (targets.isEmpty() && condition > 0) {
        targets.addAll(conditionSubjects(context, sentence, condition)); // "would strike if the government failed to respond"
      }
      MentionDraft draft = new MentionDraft(context, sentence, e.trigger(), threat, CONFIDENCE,
          names.where("condition"), Modality.ASSERTED, 0, List.of());
      out.add(draft.event(e.sources(), targets, false, 1.0));
    }
    return out;
  }

  /**
   * The condition of a stated threat: on the threat's word, or on what it says will be done
   * ("threatened to cut off gas if the EU imposed sanctions", "warned that it would act if ...").
   */
  private int statedCondition(DependencyGraph graph, int trigger) {
    int condition = condition(graph, trigger);
    for (int said : graph.children(trigger, r -> r.equals("xcomp") || r.equals("ccomp"))) {
      if (condition < 0) {
        condition = condition(graph, said);
      }
    }
    return condition;
  }

  /** Whom a condition is put to: its clause's subjects. */
  private List<Argument> conditionSubjects(ExtractionContext context, int sentence, int condition) {
    List<Argument> out = new ArrayList<>();
    for (int subject : context.graph(sentence).children(condition, r -> r.equals("nsubj") || r.equals("nsubj:pass"))) {
      out.addAll(context.arguments().resolve(sentence, subject, threat.relation()));
    }
    return out;
  }

  /**
   * The clause that states the condition of the act at a trigger (its verb), 0 for "otherwise", or
   * -1 when the act is held out on no condition.
   */
  private int condition(DependencyGraph graph, int trigger) {
    int node = trigger;
    for (int step = 0; step <= REACH && node > 0; step++) {
      if (graph.token(node).lemma().equals("be") || graph.children(node, r -> r.equals("cop")).size() > 0) {
        return -1; // "if confirmed, it would be the deadliest clash": a supposition, not a threat
      }
      for (int clause : graph.children(node, r -> r.startsWith("advcl"))) {
        boolean conditional = graph.children(clause, r -> r.equals("mark")).stream()
            .anyMatch(m -> names.isConditionWord(graph.token(m).word()));
        if (conditional) {
          return clause;
        }
      }
      boolean otherwise = graph.children(node, r -> r.equals("advmod")).stream()
          .anyMatch(m -> names.isConditionWord(graph.token(m).word()));
      if (otherwise) {
        return 0;
      }
      node = graph.head(node);
    }
    return -1;
  }
}
