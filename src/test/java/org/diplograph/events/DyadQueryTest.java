package org.diplograph.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.SeedGraph;
import org.diplograph.graph.Vocabulary;
import org.junit.jupiter.api.Test;

/** The dyad queries count events, not mentions, on the seed graph, and the shipped files are the timeline's own query. */
class DyadQueryTest {
  private static final String CHINA = Vocabulary.ID + "China";
  private static final String RUSSIA = Vocabulary.ID + "Russia";
  private static final String US = Vocabulary.ID + "United_States";

  private static Dataset seed() {
    return DatasetFactory.wrap(org.apache.jena.rdf.model.ModelFactory.createModelForGraph(SeedGraph.get().graph()));
  }

  @Test
  void theShippedQueriesAreTheTimelinesQuery() throws IOException {
    for (DyadQuery.Period p : DyadQuery.Period.values()) {
      Path file = Path.of("queries", "dyad-by-" + p.lower() + ".rq");
      assertEquals(DyadQuery.text(p, CHINA, RUSSIA), Files.readString(file), file + " differs from DyadQuery.text");
    }
  }

  @Test
  void fiveReportsOfTheUsRussiaTalksCountAsOneEvent() {
    Timeline t = Timeline.of(seed(), DyadQuery.Period.MONTH, US, RUSSIA);
    Timeline.Row feb = t.rows().stream().filter(r -> r.period().equals("2025-02")).findFirst().orElseThrow();
    assertEquals(1, feb.types().get("CONSULT"), t.table());
    assertTrue(SeedGraph.get().graph().find(null, Vocabulary.dg("mentionOf"), null).toList().stream()
        .filter(tr -> tr.getObject().getURI().contains("/Consult/2025-02-17/")).count() > 1,
        "the event has several mentions");
  }

  @Test
  void peopleCountForTheirStatesAndBothOrdersGiveTheSameCounts() {
    Timeline cr = Timeline.of(seed(), DyadQuery.Period.YEAR, CHINA, RUSSIA);
    Timeline rc = Timeline.of(seed(), DyadQuery.Period.YEAR, RUSSIA, CHINA);
    assertEquals(cr.table().lines().skip(1).toList(), rc.table().lines().skip(1).toList());
    // the May 2024 Beijing meeting is between Xi Jinping and Vladimir Putin, no state named
    Timeline.Row y2024 = cr.rows().stream().filter(r -> r.period().equals("2024")).findFirst().orElseThrow();
    assertTrue(y2024.types().getOrDefault("CONSULT", 0) >= 1, cr.table());
  }

  @Test
  void deniedEventsAndOtherPairsAreNotCounted() {
    org.apache.jena.graph.Graph g = GraphFactory.createDefaultGraph();
    SeedGraph.get().graph().find().forEach(g::add);
    Timeline before = Timeline.of(DatasetFactory.wrap(org.apache.jena.rdf.model.ModelFactory.createModelForGraph(g)),
        DyadQuery.Period.MONTH, US, RUSSIA);
    var event = org.apache.jena.graph.NodeFactory.createURI(g.find(null, Vocabulary.dg("mentionOf"), null).toList().stream()
        .map(tr -> tr.getObject().getURI()).filter(u -> u.contains("/Consult/2025-02-17/")).findFirst().orElseThrow());
    g.remove(event, Vocabulary.dg("modality"), null);
    g.add(org.apache.jena.graph.Triple.create(event, Vocabulary.dg("modality"), Vocabulary.dg("negated")));
    Timeline after = Timeline.of(DatasetFactory.wrap(org.apache.jena.rdf.model.ModelFactory.createModelForGraph(g)),
        DyadQuery.Period.MONTH, US, RUSSIA);
    int consultsBefore = before.rows().stream().mapToInt(r -> r.types().getOrDefault("CONSULT", 0)).sum();
    int consultsAfter = after.rows().stream().mapToInt(r -> r.types().getOrDefault("CONSULT", 0)).sum();
    assertEquals(consultsBefore - 1, consultsAfter);
    assertEquals(List.of(), Timeline.of(seed(), DyadQuery.Period.MONTH, Vocabulary.ID + "Taiwan", Vocabulary.ID + "Iran").rows());
  }

  @Test
  void quietPeriodsAreKeptAsGaps() {
    assertEquals(List.of("2024-11", "2024-12", "2025-01", "2025-02"), Timeline.periods(DyadQuery.Period.MONTH, "2024-11", "2025-02"));
    assertEquals(List.of("2024-W52", "2025-W01", "2025-W02"), Timeline.periods(DyadQuery.Period.WEEK, "2024-W52", "2025-W02"));
    assertEquals(List.of("2023", "2024"), Timeline.periods(DyadQuery.Period.YEAR, "2023", "2024"));
  }

  @Test
  void theChartShowsEveryPeriodAndIsTheSameEveryTime() throws IOException {
    Timeline t = Timeline.of(seed(), DyadQuery.Period.MONTH, CHINA, RUSSIA);
    TimelineChart chart = new TimelineChart(t, "China", "Russia");
    String svg = chart.svg();
    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    t.rows().forEach(r -> assertTrue(svg.contains(">" + r.period() + "</text>"), r.period()));
    assertEquals(svg, new TimelineChart(t, "China", "Russia").svg());
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    chart.writePng(png);
    byte[] bytes = png.toByteArray();
    assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII));
    Map<String, Integer> total = Map.of("rows", t.rows().size());
    assertTrue(total.get("rows") >= 3, t.table());
  }
}
