package org.diplograph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Within one document, a surname alone ("Gao", "Dr. Plotnikov") refers to the person named in full
 * elsewhere in it ("Victor Gao"), as newspapers write; so does a first name in an interview's
 * speaker labels ("Emily: ..."). Only an unambiguous name is linked, and not when its own phrase
 * gives it another state: "Jordan's King Hussein" is not the "Saddam Hussein" of the same article.
 */
final class PartialNameLinker {
  private PartialNameLinker() {}

  /**
   * @param ownState the state a mention's own phrase gives it (given the mentions of its sentence),
   *     if any
   */
  static List<List<Mention>> link(List<List<Mention>> bySentence,
      BiFunction<Mention, List<Mention>, Optional<String>> ownState) {
    Map<String, Set<Entity>> bySurname = new HashMap<>();
    Map<String, Set<Entity>> byFirstName = new HashMap<>();
    for (List<Mention> mentions : bySentence) {
      for (Mention m : mentions) {
        String[] parts = m.entity().label().split(" ");
        if (m.entity().type() == EntityType.PERSON && parts.length >= 2) {
          bySurname.computeIfAbsent(parts[parts.length - 1].toLowerCase(Locale.ROOT), k -> new HashSet<>())
              .add(m.entity());
          byFirstName.computeIfAbsent(parts[0].toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(m.entity());
        }
      }
    }
    List<List<Mention>> linked = new ArrayList<>();
    for (List<Mention> mentions : bySentence) {
      List<Mention> out = new ArrayList<>();
      for (Mention m : mentions) {
        String single = m.entity().type() == EntityType.PERSON && !m.entity().label().contains(" ")
            ? m.entity().label().toLowerCase(Locale.ROOT) : null;
        Set<Entity> full = single == null ? null : bySurname.get(single);
        if (single != null && full == null) {
          full = byFirstName.get(single);
        }
        Entity target = full != null && full.size() == 1 ? full.iterator().next() : null;
        String country = target == null ? null : target.country();
        if (country != null && ownState.apply(m, mentions).filter(state -> !state.equals(country)).isPresent()) {
          target = null;
        }
        if (target != null) {
          out.add(m.asPartialNameOf(target));
        } else {
          out.add(m);
        }
      }
      linked.add(out);
    }
    return linked;
  }
}
