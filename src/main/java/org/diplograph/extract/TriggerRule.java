package org.diplograph.extract;

import java.util.List;
import java.util.Set;

/**
 * One row of a trigger table: a lemma that expresses an event (and perhaps a named relation), and
 * its argument slots. {@code needs} says which participants the row must find to report an event:
 * none for "a bomb exploded in Izmir", any by default, a source ("travelled to Syria" says nothing
 * without a traveller) or a target ("struck a deal" is no strike); {@code forbids} lists words that
 * veto the row when they stand under or over the trigger ("heart attack", "killed in the
 * earthquake"); {@code modalClause} rows count a that-clause after the word only when it says
 * what is to be done ("agreed that their countries should cooperate", not "agreed he was
 * brilliant"); {@code mutual} rows read coordinated subjects as parties acting on each other ("Indian
 * and Chinese troops clashed", "exchanged fire"); {@code aftermath} rows tell of a response that
 * news of a disaster is full of ("the army deployed 2,000 soldiers to search for survivors", "declared a
 * state of emergency") and, next to a hazard, need an actor to aim at; {@code curated} rows come from the hand-written table and win over rows
 * generated from the CAMEO dictionary for the same word.
 */
public record TriggerRule(EventSpec event, String lemma, boolean verb, List<String> subjectSlots,
    List<String> objectSlots, double confidence, Set<String> requires, Set<String> forbids, Needs needs,
    Set<String> targetTypes, Set<String> sourceTypes, boolean modalClause, boolean mutual, boolean aftermath,
    boolean curated, String example, String source) {

  public TriggerRule {
    subjectSlots = List.copyOf(subjectSlots);
    objectSlots = List.copyOf(objectSlots);
    requires = Set.copyOf(requires);
    forbids = Set.copyOf(forbids);
    targetTypes = Set.copyOf(targetTypes);
    sourceTypes = Set.copyOf(sourceTypes);
  }

  /**
   * Whether the row may take a target of this kind (an actor class, "Site", "Place" or
   * "Unresolved"): any, unless the flags restrict its kinds ({@code targets:Person,Unresolved}:
   * "attacked Mr Blair" is words, not force).
   */
  public boolean acceptsTarget(String kind) {
    return targetTypes.isEmpty() || targetTypes.contains(kind);
  }

  /**
   * Whether the row may take a source of this kind: any, unless the flags restrict its kinds
   * ({@code sources:Group,Unresolved}: farmers who protest take to the streets, a ministry that
   * protests complains).
   */
  public boolean acceptsSource(String kind) {
    return sourceTypes.isEmpty() || sourceTypes.contains(kind);
  }

  /**
   * The participants a row must find: the flags column's {@code bare}, {@code -}, {@code source},
   * {@code target}, {@code both} (a {@code targets:...} restriction may follow, space-separated).
   */
  public enum Needs {
    NOTHING, ANY, SOURCE, TARGET, BOTH;

    static Needs parse(String flag) {
      return switch (flag) {
        case "bare" -> NOTHING;
        case "-", "" -> ANY;
        case "source" -> SOURCE;
        case "target" -> TARGET;
        case "both" -> BOTH;
        default -> throw new IllegalArgumentException("unknown flag '" + flag + "' (use bare, source, target, both or -)");
      };
    }

    boolean satisfiedBy(boolean sources, boolean targets) {
      return switch (this) {
        case NOTHING -> true;
        case ANY -> sources || targets;
        case SOURCE -> sources;
        case TARGET -> targets;
        case BOTH -> sources && targets;
      };
    }
  }

  /** The flags that steer argument resolution and modality. */
  public RelationSpec relation() {
    return event.behaviour();
  }
}
