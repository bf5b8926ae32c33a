package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplograph.annotate.DependencyGraph;
import org.diplograph.resolve.EntityType;

/**
 * Who speaks for the actor that acts. A verbal act told in the words of the one who does it, or of
 * someone speaking for that state, is made by saying it (guideline: the act of saying is coded when
 * it is an accusation, a demand, a threat). In "Serbia will never recognise Kosovo, President Vucic
 * told a rally" and "Russia's foreign ministry said Moscow would take measures" the speaker, a person
 * or government body of the state a source names, joins the sources; and a statement of what the
 * source will or would do ("Iran said it would retaliate") is the threat itself, asserted. Only for
 * the PLOVER types names.tsv lists as {@code spoken}.
 */
final class Spokespeople {
  /** Relations from an act up to the clause a verb of saying governs: "said it would seek to block". */
  private static final Set<String> WITHIN_CLAUSE = Set.of("xcomp", "conj");
  private static final Set<EntityType> SPEAKERS = Set.of(EntityType.PERSON, EntityType.GOVERNMENT_BODY);

  /** The doers of an act and whether one of them, or someone for their state, says it. */
  record Statement(List<Argument> doers, boolean bySource) {}

  /**
   * The subjects, with the speaker for their state, when the act's clause ({@code act}, its verb)
   * is what was said.
   */
  Statement of(ExtractionContext context, int sentence, int act, TriggerRule rule, List<Argument> subjects) {
    Statement none = new Statement(subjects, false);
    if (subjects.isEmpty() || !context.names().isSpokenType(rule.event().type().plover())) {
      return none;
    }
    DependencyGraph graph = context.graph(sentence);
    int clause = act;
    while (clause > 0 && WITHIN_CLAUSE.contains(graph.relation(clause))) {
      clause = graph.head(clause);
    }
    int verb = clause > 0 ? graph.head(clause) : 0;
    if (verb <= 0 || !graph.relation(clause).equals("ccomp") || !context.names().isReportVerb(graph.token(verb).lemma())) {
      return none;
    }
    List<Argument> doers = new ArrayList<>(subjects);
    boolean bySource = false;
    for (int speaker : graph.children(verb, r -> r.equals("nsubj"))) {
      for (Argument a : context.arguments().resolve(sentence, speaker, rule.relation())) {
        if (!a.resolved()) {
          continue;
        }
        boolean itself = subjects.stream().anyMatch(s -> s.resolved() && s.entity().id().equals(a.entity().id()));
        boolean forItsState = SPEAKERS.contains(a.entity().type()) && a.entity().country() != null
            && subjects.stream().anyMatch(s -> s.resolved() && s.entity().type() == EntityType.STATE
                && s.entity().id().equals(a.entity().country()));
        bySource |= itself || forItsState;
        if (forItsState && doers.stream().noneMatch(s -> s.key().equals(a.key()))) {
          doers.add(a);
        }
      }
    }
    return new Statement(doers, bySource);
  }
}
