package org.diplograph.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.diplograph.SeedGraph;
import org.junit.jupiter.api.Test;

/**
 * The seed corpus's events, asked in SPARQL of the built graph: the reports the issue names are
 * merged (or kept apart) by the general rules, not by anything that knows these documents.
 */
class SeedEventsTest {
  private static final String PREFIXES = """
      PREFIX dg: <https://w3id.org/diplograph/ontology#>
      PREFIX id: <https://w3id.org/diplograph/id/>
      PREFIX doc: <https://w3id.org/diplograph/doc/>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      """;

  private static boolean ask(String where) {
    try (QueryExecution q = QueryExecution.model(ModelFactory.createModelForGraph(SeedGraph.get().graph()))
        .query(PREFIXES + "ASK { " + where + " }").build()) {
      return q.execAsk();
    }
  }

  private static List<String> select(String query) {
    List<String> rows = new ArrayList<>();
    try (QueryExecution q = QueryExecution.model(ModelFactory.createModelForGraph(SeedGraph.get().graph()))
        .query(PREFIXES + query).build()) {
      q.execSelect().forEachRemaining((QuerySolution s) -> rows.add(s.get(s.varNames().next()).toString()));
    }
    return rows;
  }

  @Test
  void theXiPutinCallOf003And004IsOneEvent() {
    List<String> calls = select("""
        SELECT DISTINCT ?e WHERE {
          ?e a dg:Event ; dg:eventType dg:Consult ; dg:mode "phone" ;
             dg:participant id:Xi_Jinping , id:Vladimir_Putin .
        }""");
    assertEquals(1, calls.size(), calls.toString());
    String call = calls.get(0);
    assertTrue(ask("?m dg:mentionOf <" + call + "> ; prov:wasDerivedFrom doc:003_a402a77e2a5dc7e2 ; dg:mode \"phone\" ."));
    assertTrue(ask("?m dg:mentionOf <" + call + "> ; prov:wasDerivedFrom doc:004_e25c9ce347118446 ; dg:mode \"phone\" ."));
    assertTrue(ask("<" + call + "> dg:documentCount 2 ."));
    // every phone-call mention between the two leaders is in it
    assertFalse(ask("?m a dg:EventMention ; dg:eventType dg:Consult ; dg:mode \"phone\" ; dg:target id:Vladimir_Putin ; "
        + "dg:mentionOf ?other . FILTER (?other != <" + call + ">)"));
  }

  @Test
  void theUsRussiaTalksInSaudiArabiaOf000And003AreOneEvent() {
    List<String> talks = select("""
        SELECT DISTINCT ?e WHERE {
          ?m prov:wasDerivedFrom doc:000_ef2881d829f6ae15 ; dg:eventPlace id:Saudi_Arabia ; dg:mentionOf ?e .
          ?e dg:eventType dg:Consult .
        }""");
    assertEquals(1, talks.size(), talks.toString());
    String e = talks.get(0);
    assertTrue(ask("<" + e + "> dg:participant id:United_States , id:Russia ; dg:eventPlace id:Saudi_Arabia ."));
    assertTrue(ask("?m dg:mentionOf <" + e + "> ; prov:wasDerivedFrom doc:003_a402a77e2a5dc7e2 ; dg:target id:Russia ."));
    assertTrue(ask("?m dg:mentionOf <" + e + "> ; prov:wasDerivedFrom doc:000_ef2881d829f6ae15 ; dg:source id:United_States , id:Russia ."));
    // "earlier this week" in the article of 2025-02-21 dates the event
    assertTrue(ask("<" + e + "> dg:eventDateEarliest \"2025-02-17\"^^xsd:date ; dg:eventDateLatest \"2025-02-23\"^^xsd:date ; "
        + "dg:dateBasis \"event date\" ."));
  }

  @Test
  void theMay2024BeijingMeetingIsAnEventOfItsOwn() {
    List<String> meetings = select("""
        SELECT DISTINCT ?e WHERE {
          ?m prov:wasDerivedFrom doc:001_99a768fa90f01708 ; dg:eventType dg:Consult ; dg:eventPlace id:Beijing ;
             dg:eventDate "2024-05"^^xsd:gYearMonth ; dg:mentionOf ?e .
        }""");
    assertEquals(1, meetings.size(), meetings.toString());
    String e = meetings.get(0);
    assertTrue(ask("<" + e + "> dg:participant id:Xi_Jinping , id:Vladimir_Putin ; dg:eventPlace id:Beijing ; "
        + "dg:eventDate \"2024-05\"^^xsd:gYearMonth ; dg:documentCount 1 ."));
    assertFalse(ask("?m dg:mentionOf <" + e + "> ; prov:wasDerivedFrom ?d . FILTER (?d != doc:001_99a768fa90f01708)"));
    assertFalse(ask("<" + e + "> dg:mode \"phone\""));
  }

  @Test
  void everyEventMentionBelongsToExactlyOneEvent() {
    assertFalse(ask("?m a dg:EventMention . FILTER NOT EXISTS { ?m dg:mentionOf ?e }"));
    assertFalse(ask("?m dg:mentionOf ?a , ?b . FILTER (?a != ?b)"));
    assertTrue(ask("?e a dg:Event ; dg:mentionCount ?n . FILTER (?n > 1)"));
  }
}
