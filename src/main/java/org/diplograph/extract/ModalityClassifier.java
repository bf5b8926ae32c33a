package org.diplograph.extract;

import java.util.Set;
import org.diplograph.annotate.DependencyGraph;
import org.diplograph.annotate.Token;

/**
 * Decides whether a sentence asserts a relation or only reports, hedges, intends or negates it,
 * from the cues of {@code modality.tsv}: modifiers of the trigger and of each clause above it
 * ("did not meet", "will meet"), and the words those clauses depend on ("expressed his desire to
 * meet", "officials said the two met"). A noun trigger that is a clause's subject is not governed
 * by that clause's auxiliaries: "support for Moscow could embolden Putin" still asserts the support.
 */
public final class ModalityClassifier {
  private static final Set<String> MODIFIER_RELATIONS =
      Set.of("aux", "neg", "advmod", "amod", "det", "mark", "case", "cc:preconj");
  private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:pass", "csubj", "csubj:pass");
  private static final int MAX_STEPS = 6;
  /** Adjuncts that place an event in time: "did not meet Biden during his visit" - the visit happened. */
  private static final Set<String> PRESUPPOSING = Set.of("obl:during", "obl:after", "obl:before", "obl:following",
      "obl:over", // "did not condemn Russia over its invasion": what it is judged over took place
      "obl:since", "obl:amid", "obl:amidst", "obl:despite", "nmod:during", "nmod:after", "nmod:before",
      "nmod:following", "nmod:amid", "nmod:despite",
      "advcl:after", "advcl:before", "advcl:since", "advcl:following"); // "called off a march after the government agreed"

  private final ModalityCues cues;

  public ModalityClassifier(ModalityCues cues) {
    this.cues = cues;
  }

  /** Whether a word sets the scene of its clause ("during the visit", "after the talks"): it has taken place. */
  static boolean setsScene(DependencyGraph graph, int node) {
    return graph.parents(node).stream().anyMatch(d -> PRESUPPOSING.contains(d.relation()));
  }

  public Modality classify(DependencyGraph graph, int trigger, RelationSpec relation) {
    Modality modality = modifiers(graph, trigger, relation).strongest(futureInfinitive(graph, trigger));
    int node = trigger;
    for (int step = 0; step < MAX_STEPS; step++) {
      int head = graph.head(node);
      String rel = graph.relation(node);
      if (rel.startsWith("conj") && graph.token(node).isVerb() && graph.relation(head).equals("ccomp")) {
        // "witnesses said protesters marched and militiamen fired on them": what governs the
        // first of two clauses said governs both
        modality = modality.strongest(governor(graph, graph.head(head), relation, false));
      }
      if (head == 0 || rel.startsWith("conj") || rel.equals("parataxis") || rel.equals("appos")
          || setsScene(graph, node) || asideOn(graph, node)
          // "Xi told Putin in a video call that ...": the call the words were said in took place
          || (node == trigger && graph.token(node).isNoun()
              && graph.parents(node).stream().anyMatch(d -> d.relation().equals("obl:in"))
              && "Consult".equals(relation.eventClass()))) {
        break;
      }
      if ((rel.equals("dep") || rel.startsWith("advcl")) && node > 1 && graph.token(node - 1).word().equals(",")) {
        // a participle set off by a comma is an act of its own: "refused to resign, defying the
        // protesters" defies; "said it would not attack, warning Israel" warns (a reporting verb above still counts)
        node = head;
        continue;
      }
      Modality governing = governor(graph, head, relation, rel.equals("obj"));
      if (!(governing == Modality.NEGATED && rel.equals("nsubj") && graph.token(head).isVerb())) {
        // but a verb of ending does not undo its own subject: "talks broke off", "the attacks stopped"
        // took place ("talks were called off" did not)
        modality = modality.strongest(governing);
      }
      if (rel.equals("xcomp")) {
        // "expressed their determination to strengthen ...": the parser hangs the infinitive on the
        // verb, beside the noun that governs it in meaning
        for (int object : graph.basicChildren(head)) {
          if (graph.relation(object).equals("obj")) {
            modality = modality.strongest(governor(graph, object, relation, false));
          }
        }
      }
      if (SUBJECT_RELATIONS.contains(rel)) {
        // "... remains unlikely", "... is possible": the predicate's adjective hedges its subject
        for (int xcomp : graph.basicChildren(head)) {
          if (graph.relation(xcomp).equals("xcomp")) {
            modality = modality.strongest(governor(graph, xcomp, relation, false));
          }
        }
      } else {
        modality = modality.strongest(modifiers(graph, head, relation));
      }
      node = head;
    }
    modality = modality.strongest(reportingParataxis(graph, node, relation));
    if (graph.sentence().text().stripTrailing().endsWith("?")) {
      modality = modality.strongest(Modality.HEDGED);
    }
    return modality;
  }

  /**
   * A relative clause on a noun phrase set off by a comma, summing up what came before ("Russia said
   * it had delivered aid, a claim Kiev disputed"): the writer's aside, not part of what was said.
   */
  private static boolean asideOn(DependencyGraph graph, int node) {
    int noun = graph.head(node);
    if (!graph.relation(node).equals("acl:relcl") || noun <= 0 || !graph.token(noun).isNoun()) {
      return false;
    }
    return graph.setOffByComma(noun);
  }

  /**
   * Whether a clause says what is to be done rather than what is so: an auxiliary that intends or
   * hedges ("that their countries SHOULD cooperate", "that it WOULD withdraw"), not a plain
   * statement ("that he was brilliant").
   */
  public boolean looksAhead(DependencyGraph graph, int clause) {
    return graph.basicChildren(clause).stream().filter(c -> graph.relation(c).equals("aux"))
        .map(c -> cues.find(graph.token(c).lemma().toLowerCase(java.util.Locale.ROOT)))
        .anyMatch(c -> c.isPresent() && c.get().asModifier()
            && (c.get().modality() == Modality.INTENDED || c.get().modality() == Modality.HEDGED));
  }

  private Modality modifiers(DependencyGraph graph, int node, RelationSpec relation) {
    Modality modality = Modality.ASSERTED;
    for (int child : graph.basicChildren(node)) {
      String rel = graph.relation(child);
      if (MODIFIER_RELATIONS.contains(rel)) {
        modality = modality.strongest(cue(graph.token(child), relation, true));
        for (int word : graph.basicChildren(child)) {
          // a two-word modifier: "no longer" (cue no_longer)
          var pair = cues.find(graph.token(word).word() + " " + graph.token(child).word());
          if (pair.isPresent() && pair.get().asModifier() && applies(pair.get(), relation)) {
            modality = modality.strongest(pair.get().modality());
          }
        }
      } else if ((rel.startsWith("obl") || rel.startsWith("nmod")) && graph.basicChildren(child).stream()
          .anyMatch(c -> graph.token(c).lemma().equalsIgnoreCase("according"))) {
        modality = modality.strongest(Modality.REPORTED); // "according to officials"
      }
    }
    return modality;
  }

  /**
   * "a summit to be held in Tehran", "talks to take place next week", "Straw is to visit Thailand":
   * still to come.
   */
  private static Modality futureInfinitive(DependencyGraph graph, int trigger) {
    if (graph.token(trigger).isVerb()) {
      boolean beTo = isInfinitive(graph, trigger) && graph.basicChildren(trigger).stream()
          .anyMatch(c -> graph.relation(c).startsWith("aux") && graph.token(c).lemma().equals("be"));
      int head = graph.head(trigger);
      boolean isTo = head > 0 && graph.relation(trigger).equals("xcomp") && graph.token(head).lemma().equals("be");
      return beTo || (isTo && isInfinitive(graph, trigger)) ? Modality.INTENDED : Modality.ASSERTED;
    }
    if (!graph.token(trigger).isNoun()) {
      return Modality.ASSERTED;
    }
    for (int clause : graph.basicChildren(trigger)) {
      if (graph.relation(clause).startsWith("acl") && isInfinitive(graph, clause)) {
        return Modality.INTENDED;
      }
    }
    int head = graph.head(trigger);
    boolean subject = graph.relation(trigger).startsWith("nsubj");
    return subject && head > 0 && isInfinitive(graph, head) ? Modality.INTENDED : Modality.ASSERTED;
  }

  private static boolean isInfinitive(DependencyGraph graph, int verb) {
    return graph.basicChildren(verb).stream()
        .anyMatch(c -> graph.relation(c).equals("mark") && graph.token(c).word().equalsIgnoreCase("to"));
  }

  /** The cue a governing word gives; {@code object}: the trigger's clause is that word's object. */
  private Modality governor(DependencyGraph graph, int head, RelationSpec relation, boolean object) {
    Token token = graph.token(head);
    for (int child : graph.basicChildren(head)) {
      if (graph.relation(child).equals("compound:prt")) {
        var phrasal = cues.find(token.lemma() + " " + graph.token(child).word());
        if (phrasal.isPresent() && applies(phrasal.get(), relation)) {
          return phrasal.get().modality();
        }
      }
    }
    var found = cues.find(token.lemma()).or(() -> cues.find(token.word()));
    if (object && found.isPresent() && found.get().clauseOnly()) {
      return Modality.ASSERTED; // "declared a state of emergency" declares it
    }
    return cue(token, relation, false);
  }

  /** "Russia and China met, officials said": the reporting verb hangs off the main clause. */
  private Modality reportingParataxis(DependencyGraph graph, int clause, RelationSpec relation) {
    Modality modality = Modality.ASSERTED;
    for (int child : graph.basicChildren(clause)) {
      if (graph.relation(child).equals("parataxis") || trailingComplement(graph, clause, child)) {
        Modality m = cue(graph.token(child), relation, false);
        if (m == Modality.REPORTED) {
          modality = modality.strongest(m);
        }
      }
    }
    return modality;
  }

  /** "EU cooperation would help, he argued": the parser hangs the reporting clause on the report. */
  private static boolean trailingComplement(DependencyGraph graph, int clause, int child) {
    return graph.relation(child).equals("ccomp") && child > clause && graph.basicChildren(child).stream()
        .anyMatch(c -> c < child && graph.token(c).word().equals(","));
  }

  private Modality cue(Token token, RelationSpec relation, boolean asModifier) {
    var found = cues.find(token.lemma()).or(() -> cues.find(token.word()));
    if (found.isEmpty() || !applies(found.get(), relation)) {
      return Modality.ASSERTED;
    }
    ModalityCue cue = found.get();
    boolean position = asModifier ? cue.asModifier() : cue.asGovernor();
    return position ? cue.modality() : Modality.ASSERTED;
  }

  private static boolean applies(ModalityCue cue, RelationSpec relation) {
    return !(cue.materialOnly() && relation.attitudinal());
  }
}
