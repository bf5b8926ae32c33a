package org.diplograph.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.diplograph.graph.Vocabulary;

/** Finds an actor by IRI, by id ({@code China}, {@code id:China}) or by any of its names ("Beijing" finds no state: names only). */
public final class ActorLookup {
  private final Dataset dataset;

  public ActorLookup(Dataset dataset) {
    this.dataset = dataset;
  }

  /** The actor IRIs the words may mean: an exact IRI or id first, else every actor with that label or alternative label. */
  public List<String> find(String words) {
    String w = words.strip();
    String iri = w.startsWith("http") ? w : w.startsWith("id:") ? Vocabulary.ID + w.substring(3) : Vocabulary.ID + w.replace(' ', '_');
    List<String> found = new ArrayList<>();
    String prefixes = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        + "PREFIX dg: <https://w3id.org/diplograph/ontology#>\n";
    try (QueryExecution q = QueryExecution.dataset(dataset).query(prefixes + "ASK { <" + iri + "> a ?type }").build()) {
      if (q.execAsk()) {
        return List.of(iri);
      }
    }
    String literal = w.toLowerCase(Locale.ROOT).replace("\\", "").replace("\"", "");
    try (QueryExecution q = QueryExecution.dataset(dataset).query(prefixes + """
        SELECT DISTINCT ?a WHERE {
          { ?a rdfs:label ?name } UNION { ?a skos:altLabel ?name }
          ?a a ?type . FILTER (STRSTARTS(STR(?type), STR(dg:)))
          FILTER (LCASE(STR(?name)) = "%s")
        } ORDER BY ?a""".formatted(literal)).build()) {
      q.execSelect().forEachRemaining(s -> found.add(s.getResource("a").getURI()));
    }
    return found;
  }
}
