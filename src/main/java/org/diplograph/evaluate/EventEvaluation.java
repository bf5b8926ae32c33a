package org.diplograph.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Runs the blind event evaluation: writes each sampled sentence as a one-sentence document (with
 * its article's date) into a corpus folder, which the caller builds with the real pipeline, then
 * reads the event mentions of the built graph with SPARQL and scores them per split.
 */
public final class EventEvaluation {
  private static final String PREFIXES = org.diplograph.graph.Vocabulary.SPARQL_PREFIXES;
  private static final String EVENTS = PREFIXES + """
      SELECT ?doc ?m ?type ?modality ?role ?text ?label WHERE {
        ?m a dg:EventMention ; dg:eventType ?t ; dg:modality ?mod ; prov:wasDerivedFrom ?d .
        ?t dg:ploverType ?type . ?mod rdfs:label ?modality . ?d dcterms:identifier ?doc .
        OPTIONAL {
          VALUES (?role ?p ?tp) { ("source" dg:source dg:sourceText) ("target" dg:target dg:targetText) }
          { ?m ?p ?actor . ?actor rdfs:label ?label } UNION { ?m ?tp ?text }
        }
      }""";
  /** Graphs built before event mentions existed: each relation mention of an event relation is one event. */
  private static final String RELATIONS = PREFIXES + """
      SELECT ?doc ?m ?type ?modality ?role ?text ?label WHERE {
        ?m a dg:RelationMention ; rdf:predicate ?p ; dg:modality ?mod ; prov:wasDerivedFrom ?d .
        ?p dg:ploverType ?type . ?mod rdfs:label ?modality . ?d dcterms:identifier ?doc .
        VALUES (?role ?ap ?tp) { ("source" rdf:subject dg:subjectText) ("target" rdf:object dg:objectText) }
        ?m ?ap ?actor . ?actor rdfs:label ?label .
        OPTIONAL { ?m ?tp ?text }
      }""";

  private EventEvaluation() {}

  /** Writes {@code <id>.txt} for every sentence of the set: a date line, then the sentence. */
  public static void writeCorpus(EventGold gold, Path corpus) {
    for (EventGold.Item item : gold.sentences()) {
      EvalFiles.writeSentence(corpus, item.id(), item.date(), item.text());
    }
  }


  /** The extracted events of each document of a built graph file. */
  public static Map<String, List<EventScore.Found>> found(Path graphFile) {
    Graph graph = GraphFactory.createDefaultGraph();
    RDFParser.source(graphFile).parse(graph);
    Map<String, Map<String, String[]>> byMention = new HashMap<>();
    Map<String, Map<String, List<String>>> sources = new HashMap<>();
    Map<String, Map<String, List<String>>> targets = new HashMap<>();
    boolean events = graph.contains(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.NodeFactory.createURI(
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), org.apache.jena.graph.NodeFactory.createURI(
        "https://w3id.org/diplograph/ontology#EventMention"));
    try (QueryExecution q = QueryExecution.model(ModelFactory.createModelForGraph(graph))
        .query(events ? EVENTS : RELATIONS).build()) {
      ResultSet rs = q.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        String doc = s.getLiteral("doc").getString();
        String m = s.getResource("m").getURI();
        byMention.computeIfAbsent(doc, k -> new HashMap<>()).put(m,
            new String[] {s.getLiteral("type").getString(), s.getLiteral("modality").getString()});
        if (s.contains("role")) {
          String words = s.contains("text") ? s.getLiteral("text").getString() : s.getLiteral("label").getString();
          var side = s.getLiteral("role").getString().equals("source") ? sources : targets;
          side.computeIfAbsent(doc, k -> new HashMap<>()).computeIfAbsent(m, k -> new ArrayList<>()).add(words);
        }
      }
    }
    Map<String, List<EventScore.Found>> out = new HashMap<>();
    byMention.forEach((doc, mentions) -> mentions.forEach((m, tm) -> out.computeIfAbsent(doc, k -> new ArrayList<>())
        .add(new EventScore.Found(tm[0], sources.getOrDefault(doc, Map.of()).getOrDefault(m, List.of()),
            targets.getOrDefault(doc, Map.of()).getOrDefault(m, List.of()), tm[1]))));
    out.values().forEach(list -> list.sort(java.util.Comparator.comparing(EventScore.Found::toString)));
    return out;
  }

  /**
   * The dev sentences where found and gold events differ (type, sources or targets), one block per
   * sentence. Only dev: test sentences are scored, never shown.
   */
  public static String devErrors(EventGold gold, Map<String, List<EventScore.Found>> found) {
    StringBuilder out = new StringBuilder();
    for (EventGold.Item item : gold.sentences()) {
      if (!item.split().equals("dev")) {
        continue;
      }
      List<EventGold.Event> g = gold.events().getOrDefault(item.id(), List.of());
      List<EventScore.Found> f = found.getOrDefault(item.id(), List.of());
      EventScore one = new EventScore();
      one.add(g, f);
      if (one.allWithArgs().fp + one.allWithArgs().fn == 0) {
        continue;
      }
      out.append(item.id()).append('\t').append(item.text()).append('\n');
      g.forEach(e -> out.append("  gold  ").append(e.type()).append(' ').append(e.sources()).append(" -> ")
          .append(e.targets()).append(' ').append(e.modality()).append('\n'));
      f.forEach(e -> out.append("  found ").append(e.type()).append(' ').append(e.sources()).append(" -> ")
          .append(e.targets()).append(' ').append(e.modality()).append('\n'));
    }
    return out.toString();
  }

  /** Scores the sentences of one split ("dev", "test", or "all"). */
  public static EventScore score(EventGold gold, Map<String, List<EventScore.Found>> found, String split) {
    EventScore score = new EventScore();
    for (EventGold.Item item : gold.sentences()) {
      if (split.equals("all") || item.split().equals(split)) {
        score.add(gold.events().getOrDefault(item.id(), List.of()), found.getOrDefault(item.id(), List.of()));
      }
    }
    return score;
  }
}
