package org.diplograph.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The merge rules one at a time, on mentions made up for each case. */
class EventMergerTest {
  static final MergeRules RULES = new MergeRules(
      Map.of("Consult", 1, "Accuse", 3, "Assault", 1, "Cooperate", 30), 7, Set.of("Consult/phone"), Map.of());
  static final Actors ACTORS = new Actors(Set.of("Russia", "China", "United_States", "Ukraine", "Saudi_Arabia",
      "United_Kingdom", "Syria"),
      Map.ofEntries(Map.entry("Vladimir_Putin", "Russia"), Map.entry("Sergey_Lavrov", "Russia"),
          Map.entry("Xi_Jinping", "China"), Map.entry("Beijing", "China"), Map.entry("Moscow", "Russia"),
          Map.entry("Riyadh", "Saudi_Arabia"), Map.entry("Shanghai", "China"), Map.entry("Donald_Trump", "United_States"),
          Map.entry("Salisbury", "United_Kingdom"), Map.entry("Damascus", "Syria"), Map.entry("Douma", "Syria")));
  static final Set<String> MUTUAL = Set.of("Consult", "Cooperate");

  private int next;

  /** A mention; {@code date} is a day, a month ({@code 2024-05}) or null; {@code published} likewise a day or null. */
  MentionFacts mention(String doc, String type, String mode, List<String> sources, List<String> targets, String date,
      String published, String place) {
    DateRange range = date == null ? null : date.length() == 7
        ? new DateRange(LocalDate.parse(date + "-01"), java.time.YearMonth.parse(date).atEndOfMonth())
        : DateRange.day(LocalDate.parse(date));
    next++;
    return new MentionFacts("m:" + doc + "/" + String.format("%03d", next), doc, "hash-" + doc, type, mode, sources,
        targets, "asserted", 0.8, range, date, published == null ? null : LocalDate.parse(published), place, next * 10);
  }

  List<EventMerger.Cluster> merge(MergeRules rules, List<MentionFacts> mentions) {
    return new EventMerger(new Compatibility(rules, ACTORS, MUTUAL), rules).merge(mentions);
  }

  /** The clusters as sets of mention IRIs, order-free. */
  static Set<Set<String>> groups(List<EventMerger.Cluster> clusters) {
    return clusters.stream().map(c -> c.mentions().stream().map(MentionFacts::iri).collect(Collectors.toSet()))
        .collect(Collectors.toSet());
  }

  @Test
  void twoReportsOfOneCallAreOneEvent() {
    MentionFacts a = mention("a", "Consult", "phone", List.of("Xi_Jinping"), List.of("Vladimir_Putin"), null, "2025-02-25", null);
    MentionFacts b = mention("b", "Consult", "phone", List.of("Vladimir_Putin", "Xi_Jinping"), List.of(), null, "2025-02-26", null);
    assertEquals(1, merge(RULES, List.of(a, b)).size());
  }

  @Test
  void theSameActorsOnDifferentDatesAreTwoEvents() {
    MentionFacts may = mention("a", "Consult", null, List.of("Xi_Jinping", "Vladimir_Putin"), List.of(), "2024-05-16", "2024-05-17", null);
    MentionFacts feb = mention("b", "Consult", null, List.of("Xi_Jinping"), List.of("Vladimir_Putin"), "2025-02-24", "2025-02-25", null);
    assertEquals(2, merge(RULES, List.of(may, feb)).size());
  }

  @Test
  void theSameDateWithDifferentActorsIsTwoEvents() {
    MentionFacts one = mention("a", "Consult", null, List.of("Xi_Jinping"), List.of("Vladimir_Putin"), "2025-02-24", "2025-02-25", null);
    MentionFacts two = mention("b", "Consult", null, List.of("Xi_Jinping"), List.of("United_States"), "2025-02-24", "2025-02-25", null);
    assertEquals(2, merge(RULES, List.of(one, two)).size());
  }

  @Test
  void theWindowComesFromTheRulesNotTheCode() {
    MentionFacts one = mention("a", "Consult", null, List.of("Xi_Jinping", "Vladimir_Putin"), List.of(), "2025-02-24", null, null);
    MentionFacts two = mention("b", "Consult", null, List.of("Xi_Jinping", "Vladimir_Putin"), List.of(), "2025-02-27", null, null);
    assertEquals(2, merge(RULES, List.of(one, two)).size());
    MergeRules wide = new MergeRules(Map.of("Consult", 3), 7, Set.of(), Map.of());
    assertEquals(1, merge(wide, List.of(one, two)).size());
  }

  @Test
  void undatedReportsAreDatedByTheirArticleAndKeptApartWhenTheArticlesAreFarApart() {
    MentionFacts one = mention("a", "Consult", null, List.of("Xi_Jinping", "Vladimir_Putin"), List.of(), null, "2024-05-17", null);
    MentionFacts two = mention("b", "Consult", null, List.of("Xi_Jinping", "Vladimir_Putin"), List.of(), null, "2024-05-20", null);
    MentionFacts later = mention("c", "Consult", null, List.of("Xi_Jinping", "Vladimir_Putin"), List.of(), null, "2024-07-01", null);
    assertEquals(Set.of(Set.of(one.iri(), two.iri()), Set.of(later.iri())), groups(merge(RULES, List.of(one, two, later))));
  }

  @Test
  void aPhoneCallIsNotAMeetingAtAPlace() {
    MentionFacts meeting = mention("a", "Consult", null, List.of("Xi_Jinping", "Vladimir_Putin"), List.of(), "2024-05", null, "Beijing");
    MentionFacts call = mention("b", "Consult", "phone", List.of("Xi_Jinping"), List.of("Vladimir_Putin"), null, null, null);
    assertEquals(2, merge(RULES, List.of(meeting, call)).size());
    MergeRules noApartRule = new MergeRules(RULES.windows(), 7, Set.of(), Map.of());
    assertEquals(1, merge(noApartRule, List.of(meeting, call)).size(), "without the rule the undated call could join");
  }

  @Test
  void placesInDifferentCitiesConflictButACityAndItsCountryAgree() {
    MentionFacts beijing = mention("a", "Consult", null, List.of("Xi_Jinping", "Vladimir_Putin"), List.of(), "2024-05-16", null, "Beijing");
    MentionFacts china = mention("b", "Consult", null, List.of("Xi_Jinping", "Vladimir_Putin"), List.of(), "2024-05-16", null, "China");
    MentionFacts shanghai = mention("c", "Consult", null, List.of("Xi_Jinping", "Vladimir_Putin"), List.of(), "2024-05-16", null, "Shanghai");
    Set<Set<String>> groups = groups(merge(RULES, List.of(beijing, china, shanghai)));
    assertEquals(2, groups.size());
    assertTrue(groups.stream().anyMatch(g -> g.contains(beijing.iri()) && !g.contains(shanghai.iri())));
  }

  @Test
  void aMinisterCountsForHisStateWhenAnotherParticipantIsTheSame() {
    MentionFacts talks = mention("a", "Consult", null, List.of("United_States"), List.of("Russia"), "2025-02-18", "2025-02-21", null);
    MentionFacts lavrov = mention("b", "Consult", null, List.of("Sergey_Lavrov"), List.of("United_States"), null, "2025-02-21", "Saudi_Arabia");
    assertEquals(1, merge(RULES, List.of(talks, lavrov)).size());
  }

  @Test
  void aPersonAloneDoesNotJoinAnEventOfHisStateOnly() {
    MentionFacts talks = mention("a", "Consult", null, List.of("United_States"), List.of("Russia"), "2025-02-18", null, null);
    MentionFacts putin = mention("b", "Consult", null, List.of("Vladimir_Putin"), List.of(), "2025-02-18", null, null);
    assertEquals(2, merge(RULES, List.of(talks, putin)).size());
  }

  @Test
  void aStateAloneJoinsAnEventWhoseParticipantsTogetherInclude() {
    MentionFacts talks = mention("a", "Consult", null, List.of("United_States"), List.of("Russia"), "2025-02-18", "2025-02-21", null);
    MentionFacts lavrov = mention("a", "Consult", null, List.of("Sergey_Lavrov"), List.of("United_States"), null, "2025-02-21", "Saudi_Arabia");
    MentionFacts russia = mention("b", "Consult", null, List.of(), List.of("Russia"), null, "2025-02-19", "Saudi_Arabia");
    MentionFacts china = mention("c", "Consult", null, List.of(), List.of("China"), null, "2025-02-19", null);
    assertEquals(Set.of(Set.of(talks.iri(), lavrov.iri(), russia.iri()), Set.of(china.iri())),
        groups(merge(RULES, List.of(talks, lavrov, russia, china))));
  }

  @Test
  void directedEventsKeepTheirRoles() {
    MentionFacts ab = mention("a", "Accuse", null, List.of("Russia"), List.of("Ukraine"), "2025-02-18", null, null);
    MentionFacts ba = mention("b", "Accuse", null, List.of("Ukraine"), List.of("Russia"), "2025-02-18", null, null);
    MentionFacts ab2 = mention("c", "Accuse", null, List.of("Vladimir_Putin", "Russia"), List.of("Ukraine"), "2025-02-19", null, null);
    assertEquals(Set.of(Set.of(ab.iri(), ab2.iri()), Set.of(ba.iri())), groups(merge(RULES, List.of(ab, ba, ab2))));
  }

  @Test
  void aVagueReportDoesNotChainTwoEvents() {
    MentionFacts may = mention("a", "Consult", null, List.of("Xi_Jinping", "Vladimir_Putin"), List.of(), "2024-05-16", null, null);
    MentionFacts oct = mention("b", "Consult", null, List.of("Xi_Jinping", "Vladimir_Putin"), List.of(), "2024-10-22", null, null);
    MentionFacts vague = mention("c", "Consult", null, List.of("Xi_Jinping", "Vladimir_Putin"), List.of(), null, null, null);
    List<EventMerger.Cluster> clusters = merge(RULES, List.of(may, oct, vague));
    assertEquals(2, clusters.size(), "the vague report joins one of them, never both");
  }

  @Test
  void mentionsWithoutResolvedParticipantsStayAlone() {
    MentionFacts a = mention("a", "Assault", null, List.of(), List.of(), "2025-02-18", null, null);
    MentionFacts b = mention("b", "Assault", null, List.of(), List.of(), "2025-02-18", null, null);
    assertEquals(2, merge(RULES, List.of(a, b)).size());
  }

  @Test
  void theResultDoesNotDependOnInputOrder() {
    List<MentionFacts> all = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      all.add(mention("d" + (i % 4), i % 3 == 0 ? "Accuse" : "Consult", null,
          List.of(i % 2 == 0 ? "Russia" : "Vladimir_Putin"), List.of(i % 5 == 0 ? "China" : "Ukraine"),
          i % 4 == 0 ? null : "2025-02-1" + (i % 3), "2025-02-2" + (i % 2), null));
    }
    Set<Set<String>> expected = groups(merge(RULES, all));
    for (long seed = 1; seed <= 5; seed++) {
      List<MentionFacts> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, new java.util.Random(seed));
      assertEquals(expected, groups(merge(RULES, shuffled)));
    }
  }

  @Test
  void everyJoinSaysWhichRuleJoinedIt() {
    MentionFacts a = mention("a", "Consult", "phone", List.of("Xi_Jinping"), List.of("Vladimir_Putin"), "2025-02-24", null, null);
    MentionFacts b = mention("b", "Consult", null, List.of("Vladimir_Putin", "Xi_Jinping"), List.of(), null, "2025-02-25", null);
    MergeRules rules = new MergeRules(RULES.windows(), 7, Set.of(), Map.of("window Consult", "merging.tsv:15"));
    EventMerger.Cluster c = merge(rules, List.of(a, b)).get(0);
    assertTrue(c.reasons().get(a.iri()).startsWith("started the event"), c.reasons().toString());
    assertTrue(c.reasons().get(b.iri()).contains("joined the event of " + a.iri()), c.reasons().toString());
    assertTrue(c.reasons().get(b.iri()).contains("merging.tsv:15"), c.reasons().toString());
  }

  @Test
  void eventIrisComeFromContentAndSurviveUnrelatedDocuments() {
    List<MentionFacts> base = List.of(
        mention("a", "Consult", null, List.of("Xi_Jinping"), List.of("Vladimir_Putin"), "2025-02-24", "2025-02-25", null),
        mention("b", "Consult", null, List.of("Xi_Jinping", "Vladimir_Putin"), List.of(), null, "2025-02-25", null),
        mention("c", "Accuse", null, List.of("Russia"), List.of("Ukraine"), null, "2025-02-20", null));
    List<MentionFacts> more = new ArrayList<>(base);
    more.add(mention("z", "Consult", null, List.of("United_States"), List.of("Russia"), "2025-02-18", "2025-02-19", null));
    more.add(mention("y", "Accuse", null, List.of("Ukraine"), List.of("Russia"), null, "2025-02-21", null));
    more.add(0, mention("x", "Assault", null, List.of("Russia"), List.of("Ukraine"), "2024-01-02", "2024-01-03", null));
    Map<String, String> before = iris(base);
    Map<String, String> after = iris(more);
    before.forEach((mention, event) -> assertEquals(event, after.get(mention), mention));
    assertEquals(before.get(base.get(0).iri()), before.get(base.get(1).iri()));
    assertTrue(before.get(base.get(0).iri()).endsWith("/Consult/2025-02-24/Vladimir_Putin+Xi_Jinping"),
        before.get(base.get(0).iri()));
  }

  @Test
  void consensusKeepsDisagreementOnTheEvent() {
    MentionFacts yes = mention("a", "Consult", null, List.of("Xi_Jinping", "Vladimir_Putin"), List.of(), null, "2025-02-25", null);
    MentionFacts no = new MentionFacts("m:b/1", "b", "hash-b", "Consult", null, List.of("Xi_Jinping"),
        List.of("Vladimir_Putin"), "negated", 0.5, null, null, LocalDate.parse("2025-02-27"), null, 5);
    MentionFacts copy = new MentionFacts("m:c/1", "c", "hash-a", "Consult", null, List.of("Xi_Jinping"),
        List.of("Vladimir_Putin"), "asserted", 0.9, null, null, LocalDate.parse("2025-02-26"), null, 5);
    Compatibility compatibility = new Compatibility(RULES, ACTORS, MUTUAL);
    EventMerger.Cluster cluster = new EventMerger(compatibility, RULES).merge(List.of(yes, no, copy)).get(0);
    MergedEvent e = new EventConsensus(RULES, ACTORS, compatibility).of("e", cluster);
    assertEquals(3, e.mentions().size());
    assertEquals(2, e.documents(), "two documents with one text are one source");
    assertEquals(Set.of("modality"), e.disputed());
    assertEquals("asserted", e.modality());
    assertEquals(1 - (1 - 0.9) * (1 - 0.5), e.confidence(), 1e-9);
    assertEquals(LocalDate.parse("2025-02-25"), e.firstReported());
    assertEquals(LocalDate.parse("2025-02-27"), e.lastReported());
    assertEquals("publication date", e.dateBasis());
    assertEquals(new DateRange(LocalDate.parse("2025-02-18"), LocalDate.parse("2025-02-25")), e.dates());
  }

  @Test
  void theMostSpecificPlaceAndTheCommonDatesWin() {
    MentionFacts a = mention("a", "Consult", null, List.of("Xi_Jinping", "Vladimir_Putin"), List.of(), "2024-05", null, "China");
    MentionFacts b = mention("b", "Consult", null, List.of("Xi_Jinping", "Vladimir_Putin"), List.of(), "2024-05-16", null, "Beijing");
    Compatibility compatibility = new Compatibility(RULES, ACTORS, MUTUAL);
    EventMerger.Cluster cluster = new EventMerger(compatibility, RULES).merge(List.of(a, b)).get(0);
    MergedEvent e = new EventConsensus(RULES, ACTORS, compatibility).of("e", cluster);
    assertEquals("Beijing", e.place());
    assertEquals(DateRange.day(LocalDate.parse("2024-05-16")), e.dates());
    assertEquals("2024-05-16", e.dateValue());
    assertFalse(e.disputed().contains("eventDate"));
    assertEquals(Set.of("Vladimir_Putin", "Xi_Jinping"), e.participants());
    assertTrue(e.sources().isEmpty(), "a mutual event has participants, not sides");
  }

  /** The shipped rules' new kinds, each on its own, over the rules the other tests use. */
  static MergeRules with(Set<String> stateLevel, Map<String, Integer> ahead, Set<String> placed) {
    return new MergeRules(RULES.windows(), 1, RULES.placeless(), stateLevel, ahead, placed, Set.of(), Map.of(), Map.of());
  }

  @Test
  void reportsNamingACampaignAsAWholeAreOneEventOverItsWholeLength() {
    // dev pair: "so far in the Afrin offensive" (25 January) and "It's going to be a tough battle, maybe five or
    // six months" (26 January), both far from the offensive's first reports; a single attack stays apart
    MentionFacts launched = new MentionFacts("m:a/1", "a", "hash-a", "Assault", null, List.of("Turkey"), List.of(),
        "asserted", 0.8, DateRange.day(LocalDate.parse("2018-01-20")), "2018-01-20", LocalDate.parse("2018-01-21"), null, 5,
        "offensive");
    MentionFacts battle = new MentionFacts("m:b/1", "b", "hash-b", "Assault", null, List.of("Turkey"), List.of(),
        "asserted", 0.8, null, null, LocalDate.parse("2018-01-26"), null, 5, "battle");
    MentionFacts strike = new MentionFacts("m:c/1", "c", "hash-c", "Assault", null, List.of("Turkey"), List.of(),
        "asserted", 0.8, null, null, LocalDate.parse("2018-01-26"), null, 9, "airstrike");
    MergeRules plain = new MergeRules(Map.of("Assault", 3), 1, Set.of(), Map.of());
    MergeRules campaigns = new MergeRules(Map.of("Assault", 3), 1, Set.of(), Set.of(), Map.of(), Set.of(), Set.of(),
        Map.of("offensive", 90, "battle", 30), Map.of());
    assertEquals(2, merge(plain, List.of(launched, battle)).size());
    assertEquals(1, merge(campaigns, List.of(launched, battle)).size());
    assertEquals(30, campaigns.window(launched, battle), "the shorter of the two campaign windows");
    Set<Set<String>> groups = groups(merge(campaigns, List.of(launched, battle, strike)));
    assertTrue(groups.contains(Set.of(launched.iri(), battle.iri())), "an airstrike within the offensive is another event: " + groups);
  }

  @Test
  void anAppealToSomeoneIsNotKnownToBeAnAppealToNoOneNamed() {
    // dev pair: "Jeremy Corbyn has urged the UK not to join any US-led action against Syria." (12 April) and
    // "He also called for a UN-led investigation of the chemical weapons attack in Douma." (13 April)
    Map<String, Integer> windows = Map.of("Request", 3);
    MentionFacts uk = mention("a", "Request", null, List.of("Jeremy_Corbyn"), List.of("United_Kingdom"), null, "2018-04-12", null);
    MentionFacts un = mention("b", "Request", null, List.of("Jeremy_Corbyn"), List.of(), null, "2018-04-13", null);
    MentionFacts again = mention("c", "Request", null, List.of("Jeremy_Corbyn"), List.of(), null, "2018-04-13", null);
    MergeRules without = new MergeRules(windows, 1, Set.of(), Map.of());
    MergeRules addressed = new MergeRules(windows, 1, Set.of(), Set.of(), Map.of(), Set.of(), Set.of("Request"), Map.of(), Map.of());
    assertEquals(1, merge(without, List.of(uk, un, again)).size());
    assertEquals(Set.of(Set.of(uk.iri()), Set.of(un.iri(), again.iri())), groups(merge(addressed, List.of(uk, un, again))),
        "two appeals to no one named can still be one");
  }

  @Test
  void atStateLevelALeadersStrikeIsHisStatesStrike() {
    // dev pair: "Trump got his military strike." / "The US was attacking Syria's chemical weapons capabilities"
    MentionFacts trump = mention("a", "Assault", null, List.of("Donald_Trump"), List.of(), null, "2018-04-15", null);
    MentionFacts us = mention("b", "Assault", null, List.of("United_States"), List.of("Syria"), null, "2018-04-15", null);
    assertEquals(2, merge(with(Set.of(), Map.of(), Set.of()), List.of(trump, us)).size(),
        "without the rule a person alone does not stand for his state");
    assertEquals(1, merge(with(Set.of("Assault"), Map.of(), Set.of()), List.of(trump, us)).size());
    MentionFacts putin = mention("c", "Consult", null, List.of("Vladimir_Putin"), List.of(), "2025-02-18", null, null);
    MentionFacts talks = mention("d", "Consult", null, List.of("United_States"), List.of("Russia"), "2025-02-18", null, null);
    assertEquals(2, merge(with(Set.of("Assault"), Map.of(), Set.of()), List.of(putin, talks)).size(),
        "only the types the rules name are compared as states: who met matters");
  }

  @Test
  void aPlannedActionReachesTheDaysAfterItsArticle() {
    // dev pair: "I hope the US attacks would target all the Syrian air bases" (12 April, intended) and the
    // strike reported on 15 April
    MentionFacts hope = new MentionFacts("m:a/1", "a", "hash-a", "Assault", null, List.of("United_States"), List.of(),
        "intended", 0.6, null, null, LocalDate.parse("2018-04-12"), null, 5);
    MentionFacts strike = mention("b", "Assault", null, List.of("United_States"), List.of(), null, "2018-04-15", null);
    assertEquals(2, merge(with(Set.of(), Map.of(), Set.of()), List.of(hope, strike)).size(),
        "three days apart, more than the one-day window");
    assertEquals(1, merge(with(Set.of(), Map.of("intended", 7), Set.of()), List.of(hope, strike)).size());
    MentionFacts done = new MentionFacts("m:c/1", "c", "hash-c", "Assault", null, List.of("United_States"), List.of(),
        "asserted", 0.6, null, null, LocalDate.parse("2018-04-12"), null, 5);
    assertEquals(2, merge(with(Set.of(), Map.of("intended", 7), Set.of()), List.of(done, strike)).size(),
        "a report of what was done does not look ahead");
  }

  @Test
  void aTownBothReportsNameStandsForAParticipant() {
    // dev pair: "... determined to avenge the Salisbury nerve gas attack" / "... its role in the poison gas attack in
    // Salisbury": the sides were read differently (the town's name as a state, in two roles)
    MentionFacts avenge = mention("a", "Assault", null, List.of("United_Kingdom"), List.of(), null, "2018-04-15", "Salisbury");
    MentionFacts role = mention("b", "Assault", null, List.of("Russia"), List.of("United_Kingdom"), null, "2018-04-15", "Salisbury");
    assertEquals(2, merge(with(Set.of(), Map.of(), Set.of()), List.of(avenge, role)).size());
    assertEquals(1, merge(with(Set.of(), Map.of(), Set.of("Assault")), List.of(avenge, role)).size());
    MentionFacts syria = mention("c", "Assault", null, List.of("United_Kingdom"), List.of(), null, "2018-04-15", "Syria");
    MentionFacts other = mention("d", "Assault", null, List.of("Russia"), List.of("United_Kingdom"), null, "2018-04-15", "Syria");
    assertEquals(2, merge(with(Set.of(), Map.of(), Set.of("Assault")), List.of(syria, other)).size(),
        "a state is too wide a place to stand for a participant");
  }

  private Map<String, String> iris(List<MentionFacts> mentions) {
    Compatibility compatibility = new Compatibility(RULES, ACTORS, MUTUAL);
    List<EventMerger.Cluster> clusters = new EventMerger(compatibility, RULES).merge(mentions);
    EventConsensus consensus = new EventConsensus(RULES, ACTORS, compatibility);
    List<MergedEvent> drafts = clusters.stream().map(c -> consensus.of(null, c)).toList();
    List<String> iris = EventIris.settle(drafts.stream()
        .map(e -> EventIris.key(e.type(), e.dates(), e.dateBasis(), e.mentions(), e.participants())).toList(),
        drafts.stream().map(MergedEvent::mentions).toList());
    Map<String, String> byMention = new TreeMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      for (MentionFacts m : drafts.get(i).mentions()) {
        byMention.put(m.iri(), iris.get(i));
      }
    }
    assertNotEquals(0, byMention.size());
    return byMention;
  }
}
