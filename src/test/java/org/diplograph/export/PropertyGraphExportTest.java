package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Node;
import org.diplograph.SeedExports;
import org.diplograph.SeedGraph;
import org.diplograph.graph.Vocabulary;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The actor graph and its CSV (Neo4j, Apache AGE) and GraphML files, read back and cross-checked. */
class PropertyGraphExportTest {
  private static final ActorGraph GRAPH = new ActorGraphReader(SeedGraph.get().graph()).read(ActorFilter.ALL);

  @Test
  void everyMentionCountsOnceAsEvidence() {
    long mentions = SeedGraph.get().graph().find(Node.ANY, Vocabulary.TYPE, Vocabulary.dg("RelationMention")).toList().size();
    assertEquals(mentions, GRAPH.edges().stream().mapToInt(RelationEdge::evidence).sum());
  }

  @Test
  void symmetricMentionsInBothDirectionsMakeOneEdge() {
    // 9 mentions "China cooperates with Russia" and 1 "Russia cooperates with China"
    RelationEdge e = edge("China", "cooperatesWith", "Russia");
    assertEquals(10, e.evidence());
    assertEquals(10, e.asserted());
    assertEquals(new BigDecimal("0.80"), e.confidence());
    assertTrue(e.symmetric());
    assertEquals("COOPERATES_WITH", e.type());
    assertEquals("COOPERATE", e.plover());
    assertTrue(GRAPH.edges().stream().noneMatch(x -> x.subject().endsWith("/Russia") && x.relation().equals("cooperatesWith")));
  }

  @Test
  void reportedOnlyRelationsHaveNoAssertedMention() {
    RelationEdge praised = edge("China", "praised", "Russia");
    assertEquals(1, praised.evidence());
    assertEquals(0, praised.asserted());
    assertEquals(Set.of("reported"), praised.modalities());
  }

  @Test
  void filtersKeepOnlyWhatIsAskedFor() {
    ActorGraphReader reader = new ActorGraphReader(SeedGraph.get().graph());
    ActorGraph met = reader.read(new ActorFilter(Set.of("metWith"), Set.of(), Set.of(), 1));
    assertFalse(met.edges().isEmpty());
    assertTrue(met.edges().stream().allMatch(e -> e.relation().equals("metWith")));
    String doc = "004_e25c9ce347118446";
    ActorGraph one = reader.read(new ActorFilter(Set.of(), Set.of(doc), Set.of(), 1));
    assertTrue(one.edges().stream().allMatch(e -> e.documents().equals(Set.of(doc))));
    ActorGraph strong = reader.read(new ActorFilter(Set.of(), Set.of(), Set.of(), 3));
    assertTrue(strong.edges().stream().allMatch(e -> e.evidence() >= 3));
    assertTrue(strong.edges().size() < GRAPH.edges().size());
    ActorGraph reported = reader.read(new ActorFilter(Set.of(), Set.of(), Set.of("reported"), 1));
    assertTrue(reported.edges().stream().allMatch(e -> e.modalities().equals(Set.of("reported"))));
    // filtered graphs hold only the actors their edges link
    Set<String> ends = new HashSet<>();
    strong.edges().forEach(e -> {
      ends.add(e.subject());
      ends.add(e.object());
    });
    assertEquals(ends, Set.copyOf(strong.nodes().stream().map(ActorNode::iri).toList()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> reader.read(new ActorFilter(Set.of("metwith"), Set.of(), Set.of(), 1)));
    assertTrue(e.getMessage().contains("unknown relation metwith"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> reader.read(new ActorFilter(Set.of(), Set.of("no-such-doc"), Set.of(), 1)));
    assertTrue(e.getMessage().contains("unknown document no-such-doc"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> reader.read(new ActorFilter(Set.of(), Set.of(), Set.of("rumoured"), 1)));
    assertTrue(e.getMessage().contains("unknown modality rumoured"), e.getMessage());
  }

  @Test
  void neo4jCsvFilesFollowTheImportHeaderConventions() throws IOException {
    Path dir = SeedExports.dir().resolve("csv/neo4j");
    List<List<String>> nodes = readCsv(dir.resolve("nodes.csv"));
    List<List<String>> rels = readCsv(dir.resolve("relationships.csv"));
    assertEquals(Neo4jCsvWriter.NODE_HEADER, nodes.get(0));
    assertEquals(Neo4jCsvWriter.RELATIONSHIP_HEADER, rels.get(0));
    assertEquals(GRAPH.nodes().size(), nodes.size() - 1);
    assertEquals(GRAPH.edges().size(), rels.size() - 1);
    Set<String> ids = new HashSet<>();
    for (List<String> row : nodes.subList(1, nodes.size())) {
      assertEquals(nodes.get(0).size(), row.size(), row.toString());
      assertTrue(ids.add(row.get(0)), "duplicate :ID " + row.get(0));
      assertFalse(row.get(1).isEmpty(), ":LABEL of " + row.get(0));
    }
    assertTrue(nodes.stream().anyMatch(r -> r.get(0).endsWith("/Xi_Jinping") && r.get(1).equals("Person;Actor")
        && r.get(2).equals("Xi Jinping")), "Xi Jinping's row");
    for (List<String> row : rels.subList(1, rels.size())) {
      assertEquals(rels.get(0).size(), row.size(), row.toString());
      assertTrue(ids.contains(row.get(0)) && ids.contains(row.get(1)), "dangling relationship " + row);
      assertTrue(row.get(2).matches("[A-Z_]+"), ":TYPE " + row.get(2));
      assertTrue(Integer.parseInt(row.get(6)) >= Integer.parseInt(row.get(7)), "evidence >= asserted: " + row);
      double confidence = Double.parseDouble(row.get(8));
      assertTrue(confidence >= 0 && confidence <= 1, row.toString());
      assertTrue(row.get(9).equals("true") || row.get(9).equals("false"), row.toString());
    }
  }

  @Test
  void ageCsvFilesHaveIntegerIdsAndLabelledEnds() throws IOException {
    Path dir = SeedExports.dir().resolve("csv/age");
    Map<String, Set<String>> idsByLabel = new HashMap<>();
    String sql = Files.readString(dir.resolve("load.sql"));
    for (ActorNode n : GRAPH.nodes()) {
      idsByLabel.putIfAbsent(n.type(), new HashSet<>());
    }
    for (String label : idsByLabel.keySet()) {
      List<List<String>> rows = readCsv(dir.resolve(label + ".csv"));
      assertEquals(AgeCsvWriter.VERTEX_HEADER, rows.get(0));
      rows.subList(1, rows.size()).forEach(r -> {
        assertTrue(Long.parseLong(r.get(0)) > 0, "AGE ids are positive integers: " + r);
        idsByLabel.get(label).add(r.get(0));
      });
      assertTrue(sql.contains("load_labels_from_file('diplograph', '" + label + "', :'dir' || '/" + label + ".csv')"));
    }
    int edges = 0;
    for (String type : GRAPH.edges().stream().map(RelationEdge::type).distinct().toList()) {
      List<List<String>> rows = readCsv(dir.resolve(type + ".csv"));
      assertEquals(AgeCsvWriter.EDGE_HEADER, rows.get(0));
      for (List<String> r : rows.subList(1, rows.size())) {
        assertTrue(idsByLabel.get(r.get(1)).contains(r.get(0)), "start " + r);
        assertTrue(idsByLabel.get(r.get(3)).contains(r.get(2)), "end " + r);
        edges++;
      }
      assertTrue(sql.contains("load_edges_from_file('diplograph', '" + type + "'"), type);
    }
    assertEquals(GRAPH.edges().size(), edges);
  }

  @Test
  void graphmlDeclaresItsAttributesAndLinksKnownNodes() throws Exception {
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(SeedExports.dir().resolve("graph.graphml").toFile());
    assertEquals("http://graphml.graphdrawing.org/xmlns", xml.getDocumentElement().getNamespaceURI() == null
        ? xml.getDocumentElement().getAttribute("xmlns") : xml.getDocumentElement().getNamespaceURI());
    Set<String> keys = new HashSet<>();
    elements(xml, "key").forEach(k -> keys.add(k.getAttribute("id")));
    Stream.concat(GraphmlWriter.NODE_KEYS.stream(), GraphmlWriter.EDGE_KEYS.stream())
        .forEach(k -> assertTrue(keys.contains(k.id()), "key " + k.id()));
    Set<String> nodeIds = new HashSet<>();
    elements(xml, "node").forEach(n -> nodeIds.add(n.getAttribute("id")));
    assertEquals(GRAPH.nodes().size(), nodeIds.size());
    List<Element> edges = elements(xml, "edge");
    assertEquals(GRAPH.edges().size(), edges.size());
    for (Element e : edges) {
      assertTrue(nodeIds.contains(e.getAttribute("source")) && nodeIds.contains(e.getAttribute("target")));
      Map<String, String> data = data(e);
      assertEquals(data.get("evidence"), data.get("weight"), "Gephi's weight is the evidence count");
      assertEquals(data.get("symmetric").equals("true") ? "false" : "true", e.getAttribute("directed"));
      assertTrue(data.containsKey("edgelabel") && data.containsKey("confidence"), data.toString());
    }
  }

  private static RelationEdge edge(String subject, String relation, String object) {
    return GRAPH.edges().stream().filter(e -> e.subject().equals(Vocabulary.ID + subject)
        && e.relation().equals(relation) && e.object().equals(Vocabulary.ID + object)).findFirst().orElseThrow();
  }

  private static List<Element> elements(Document xml, String name) {
    NodeList list = xml.getElementsByTagName(name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      elements.add((Element) list.item(i));
    }
    return elements;
  }

  private static Map<String, String> data(Element edge) {
    Map<String, String> data = new HashMap<>();
    NodeList list = edge.getElementsByTagName("data");
    for (int i = 0; i < list.getLength(); i++) {
      Element d = (Element) list.item(i);
      data.put(d.getAttribute("key"), d.getTextContent());
    }
    return data;
  }

  /** RFC 4180, enough for these files: quoted fields with doubled quotes, no line breaks inside. */
  static List<List<String>> readCsv(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = !quoted;
        } else if (c == ',' && !quoted) {
          fields.add(field.toString());
          field.setLength(0);
        } else {
          field.append(c);
        }
      }
      fields.add(field.toString());
      rows.add(fields);
    }
    return rows;
  }
}
