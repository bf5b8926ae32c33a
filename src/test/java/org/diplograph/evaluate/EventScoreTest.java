package org.diplograph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventScoreTest {
  private static EventGold.Event gold(String type, List<String> sources, List<String> targets) {
    return new EventGold.Event(type, "-", sources, targets, "asserted");
  }

  @Test
  void typesMatchOneToOneAndParticipantsByAContentWord() {
    EventScore score = new EventScore();
    score.add(List.of(gold("ASSAULT", List.of("Al-Shabab fighters"), List.of("Amisom")),
            gold("ACCUSE", List.of("Mr Blair"), List.of())),
        List.of(new EventScore.Found("ASSAULT", List.of("fighters Al-Shabaab"), List.of("African Union Amisom"), "asserted"),
            new EventScore.Found("ASSAULT", List.of(), List.of(), "hedged"),
            new EventScore.Found("ACCUSE", List.of("Blair Tony Blair"), List.of("the Tories"), "reported")));
    assertEquals(2, score.all().tp);
    assertEquals(1, score.all().fp); // the second assault
    assertEquals(0, score.all().fn);
    // the accusation has a target the gold does not: its type counts, its participants do not
    assertEquals(1, score.allWithArgs().tp);
    assertEquals(1, score.withArgsByType().get("ACCUSE").fn);
    assertEquals(0.5, score.modalityAccuracy(), 1e-9);
  }

  @Test
  void emptySidesMatchOnlyEmptySides() {
    assertEquals(true, EventScore.side(List.of(), List.of()));
    assertEquals(false, EventScore.side(List.of("police"), List.of()));
    assertEquals(false, EventScore.side(List.of("the police"), List.of("the army")));
    assertEquals(true, EventScore.side(List.of("Turkish police"), List.of("police of Turkey")));
  }

  @Test
  void accentsDoNotSetNamesApart() {
    assertEquals(true, EventScore.side(List.of("Cavusoglu"), List.of("Mevlüt Çavuşoğlu")));
    assertEquals(true, EventScore.side(List.of("Erdoğan"), List.of("Recep Tayyip Erdogan")));
    assertEquals(false, EventScore.side(List.of("Erdogan"), List.of("Davutoglu")));
  }

  @Test
  void aJointActMatchesItsPartiesWhicheverSideTheyAreOn() {
    // "Israel and Hamas agreed a truce": one convention codes two sources, the other first-named to the rest
    assertEquals(true, EventScore.participants(List.of("Israel", "Hamas"), List.of(), List.of("Israel"),
        List.of("Hamas")));
    assertEquals(true, EventScore.participants(List.of("Israel"), List.of("Hamas"), List.of("Hamas", "Israel"),
        List.of()));
    // both parties must be found
    assertEquals(false, EventScore.participants(List.of("Israel", "Hamas"), List.of(), List.of("Israel"),
        List.of("Egypt")));
    // a directed act with one source is not a joint act: sides must match
    assertEquals(false, EventScore.participants(List.of("Russia"), List.of("Ukraine"), List.of("Ukraine"),
        List.of("Russia")));
  }
}
