package org.diplograph.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.diplograph.graph.Vocabulary;

/**
 * What {@code diplograph explain} prints for an event: its consensus, then each mention with its
 * document, words, claims and the rule that put it in the event, as the build recorded them.
 */
public final class EventExplanation {
  private final Dataset dataset;

  public EventExplanation(Dataset dataset) {
    this.dataset = dataset;
  }

  /** The full IRI for an IRI or its part after {@code event/}; empty when no such event exists. */
  public Optional<String> find(String iriOrKey) {
    String iri = iriOrKey.startsWith("http") ? iriOrKey
        : Vocabulary.EVENT + (iriOrKey.startsWith("event/") ? iriOrKey.substring(6) : iriOrKey);
    iri = iri.replaceAll("^<|>$", "");
    try (QueryExecution q = QueryExecution.dataset(dataset).query(PREFIXES + "ASK { <" + iri + "> a dg:Event }").build()) {
      return q.execAsk() ? Optional.of(iri) : Optional.empty();
    }
  }

  /** Event IRIs that start like {@code partial}, to suggest when nothing matches exactly. */
  public List<String> similar(String partial) {
    String key = partial.replaceFirst("^.*?event/", "");
    List<String> out = new ArrayList<>();
    for (QuerySolution s : select("SELECT ?e WHERE { ?e a dg:Event . FILTER (CONTAINS(LCASE(STR(?e)), \""
        + key.toLowerCase(Locale.ROOT).replace("\"", "") + "\")) } ORDER BY ?e LIMIT 10")) {
      out.add(s.getResource("e").getURI());
    }
    return out;
  }

  public String explain(String iri) {
    StringBuilder out = new StringBuilder();
    out.append(iri).append('\n');
    for (QuerySolution s : select("""
        SELECT ?p (GROUP_CONCAT(DISTINCT ?shown; separator=", ") AS ?values) WHERE {
          <%s> ?p ?o . FILTER (?p != rdf:type)
          OPTIONAL { ?o rdfs:label ?label }
          BIND (COALESCE(STR(?label), IF(isIRI(?o), REPLACE(STR(?o), "^.*[#/]", ""), STR(?o))) AS ?shown)
        } GROUP BY ?p ORDER BY ?p""".formatted(iri))) {
      out.append(String.format("  %-18s %s%n", local(s.get("p")), s.getLiteral("values").getLexicalForm()));
    }
    List<QuerySolution> mentions = select("""
        SELECT ?m ?doc ?sentence ?modality ?mode ?confidence ?date ?place ?rule ?why
               (GROUP_CONCAT(DISTINCT ?s; separator=", ") AS ?sources) (GROUP_CONCAT(DISTINCT ?t; separator=", ") AS ?targets)
        WHERE {
          ?m dg:mentionOf <%s> ; prov:wasDerivedFrom ?d ; dg:sentence ?sentence ; dg:modality ?mod ;
             dg:confidence ?confidence ; dg:rule ?rule ; dg:mergeRule ?why .
          ?d dcterms:identifier ?doc .
          BIND (REPLACE(STR(?mod), "^.*#", "") AS ?modality)
          OPTIONAL { ?m dg:mode ?mode }
          OPTIONAL { ?m dg:source/rdfs:label ?s }
          OPTIONAL { ?m dg:target/rdfs:label ?t }
          OPTIONAL { ?m dg:eventDateEarliest ?from ; dg:eventDateLatest ?to }
          OPTIONAL { ?d dcterms:date ?published }
          BIND (IF(BOUND(?from), IF(?from = ?to, STR(?from), CONCAT(STR(?from), "/", STR(?to))),
                   IF(BOUND(?published), CONCAT("published ", STR(?published)), "undated")) AS ?date)
          OPTIONAL { ?m dg:eventPlace/rdfs:label ?place }
        }
        GROUP BY ?m ?doc ?sentence ?modality ?mode ?confidence ?date ?place ?rule ?why
        ORDER BY ?doc ?m""".formatted(iri));
    out.append(mentions.size()).append(" mention(s):\n");
    for (QuerySolution s : mentions) {
      out.append("- ").append(s.getResource("m").getURI()).append('\n');
      out.append("    document  ").append(text(s, "doc")).append(" (").append(text(s, "date")).append(")\n");
      out.append("    says      ").append(text(s, "sources")).append(" → ").append(text(s, "targets"))
          .append("; ").append(text(s, "modality"))
          .append(s.contains("mode") ? "; mode " + text(s, "mode") : "")
          .append(s.contains("place") ? "; at " + text(s, "place") : "")
          .append("; confidence ").append(text(s, "confidence")).append(" (").append(text(s, "rule")).append(")\n");
      out.append("    sentence  ").append(text(s, "sentence")).append('\n');
      out.append("    merged    ").append(text(s, "why")).append('\n');
    }
    return out.toString();
  }

  private static String text(QuerySolution s, String var) {
    RDFNode n = s.get(var);
    return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
  }

  private static String local(RDFNode n) {
    String iri = n.asResource().getURI();
    return iri.startsWith(Vocabulary.DG) ? iri.substring(Vocabulary.DG.length()) : iri;
  }

  private static final String PREFIXES = """
        PREFIX dg: <https://w3id.org/diplograph/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        """;

  private List<QuerySolution> select(String body) {
    try (QueryExecution q = QueryExecution.dataset(dataset).query(PREFIXES + body).build()) {
      List<QuerySolution> rows = new ArrayList<>();
      q.execSelect().forEachRemaining(rows::add);
      return rows;
    }
  }
}
