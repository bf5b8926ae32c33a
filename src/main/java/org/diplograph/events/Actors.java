package org.diplograph.events;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What merging knows of actors and places beyond their ids: which ids are states, and the state
 * each other actor or place belongs to ({@code dg:actsAs} for a capital that speaks for its
 * state, else {@code dg:country}). "Putin" and "Russia" then count as one participant, and
 * "Beijing" does not conflict with "China" as a place.
 */
public record Actors(Set<String> states, Map<String, String> stateOf) {
  public Actors {
    states = Set.copyOf(states);
    stateOf = Map.copyOf(stateOf);
  }

  /** The same actor, or a state and someone or something of that state. */
  public boolean matches(String a, String b) {
    return a.equals(b) || (states.contains(b) && b.equals(stateOf.get(a)))
        || (states.contains(a) && a.equals(stateOf.get(b)));
  }

  /** The state an actor belongs to, the actor itself when it is a state or belongs to none. */
  public String stateLevel(String id) {
    return states.contains(id) ? id : stateOf.getOrDefault(id, id);
  }

  /** Two places that can both be right: the same, one inside the other's state, or either unknown. */
  public boolean placesAgree(String a, String b) {
    if (a == null || b == null || a.equals(b)) {
      return true;
    }
    String stateA = states.contains(a) ? a : stateOf.get(a);
    String stateB = states.contains(b) ? b : stateOf.get(b);
    // a city and its country agree; two cities of one country do not
    return (states.contains(a) && Objects.equals(a, stateB)) || (states.contains(b) && Objects.equals(b, stateA));
  }

  /** True when {@code inner} lies within {@code outer} (a city within its country). */
  public boolean within(String inner, String outer) {
    return !inner.equals(outer) && states.contains(outer) && outer.equals(stateOf.get(inner));
  }
}
