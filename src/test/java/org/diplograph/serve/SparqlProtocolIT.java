package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.diplograph.SeedGraph;
import org.diplograph.store.TdbTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The SPARQL protocol as any HTTP client speaks it (java.net.http, no Jena on the client side):
 * content negotiation for SELECT results and for CONSTRUCT/DESCRIBE graphs.
 */
class SparqlProtocolIT {
  private static final String WHO_MET_PUTIN = """
      PREFIX dg:   <https://w3id.org/diplograph/ontology#>
      PREFIX id:   <https://w3id.org/diplograph/id/>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT DISTINCT ?name WHERE { ?who dg:metWith id:Vladimir_Putin ; rdfs:label ?name } ORDER BY ?name""";
  private static final String CONSTRUCT_MEETINGS = """
      PREFIX dg: <https://w3id.org/diplograph/ontology#>
      CONSTRUCT { ?a dg:metWith ?b } WHERE { ?a dg:metWith ?b }""";

  private static GraphServer server;

  @BeforeAll
  static void start() {
    server = SeedServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "SELECT as {0}")
  @CsvSource({
      "application/sparql-results+json, application/sparql-results+json, JSON",
      "application/sparql-results+xml,  application/sparql-results+xml,  XML",
      "text/csv,                        text/csv,                        CSV",
      "text/tab-separated-values,       text/tab-separated-values,       TSV"})
  void selectResultsInTheFormatAsked(String accept, String contentType, String lang) {
    HttpResponse<String> response = SeedServer.send(SeedServer.sparqlPost(server.sparqlUrl(), WHO_MET_PUTIN, accept));
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(contentType),
        response.headers().toString());
    assertTrue(response.body().contains("Xi Jinping"), response.body());
    ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
        resultsLang(lang));
    assertEquals(localRows(WHO_MET_PUTIN), rows.rewindable().size(), response.body());
  }

  @Test
  void queryByGetWithTheQueryInTheUrl() {
    String url = server.sparqlUrl() + "?query=" + URLEncoder.encode(WHO_MET_PUTIN, StandardCharsets.UTF_8);
    HttpResponse<String> response = SeedServer.send(HttpRequest.newBuilder(URI.create(url))
        .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).GET().build());
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"Xi Jinping\""), response.body());
  }

  @Test
  void queryPostedAsAnHtmlForm() {
    String form = "query=" + URLEncoder.encode(WHO_MET_PUTIN, StandardCharsets.UTF_8);
    HttpResponse<String> response = SeedServer.send(HttpRequest.newBuilder(URI.create(server.datasetUrl()))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(form)).build());
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().startsWith("name\r\n") && response.body().contains("Xi Jinping"), response.body());
  }

  @ParameterizedTest(name = "CONSTRUCT as {0}")
  @CsvSource({
      "text/turtle,           TURTLE",
      "application/ld+json,   JSONLD",
      "application/n-triples, NTRIPLES",
      "application/rdf+xml,   RDFXML"})
  void constructedGraphsInTheSyntaxAsked(String accept, String lang) {
    HttpResponse<String> response = SeedServer.send(SeedServer.sparqlPost(server.sparqlUrl(), CONSTRUCT_MEETINGS, accept));
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept), response.headers().toString());
    Graph served = RDFParser.fromString(response.body(), rdfLang(lang)).toGraph();
    Graph local;
    try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(SeedGraph.get().graph()))
        .query(CONSTRUCT_MEETINGS).build()) {
      local = exec.execConstruct().getGraph();
    }
    assertTrue(served.size() > 5, response.body());
    assertTrue(served.isIsomorphicWith(TdbTerms.asStored(local)), response.body());
  }

  @Test
  void describeGivesTheActorsTriples() {
    String describe = "DESCRIBE <https://w3id.org/diplograph/id/Xi_Jinping>";
    HttpResponse<String> response = SeedServer.send(SeedServer.sparqlPost(server.sparqlUrl(), describe, "text/turtle"));
    assertEquals(200, response.statusCode(), response.body());
    Graph served = RDFParser.fromString(response.body(), Lang.TURTLE).toGraph();
    assertTrue(response.body().contains("Xi Jinping") && served.size() > 5, response.body());
  }

  @Test
  void askAnswersTrueOrFalse() {
    String ask = "ASK { <https://w3id.org/diplograph/id/Xi_Jinping> ?p ?o }";
    HttpResponse<String> response = SeedServer.send(SeedServer.sparqlPost(server.sparqlUrl(), ask,
        "application/sparql-results+json"));
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().replace(" ", "").contains("\"boolean\":true"), response.body());
  }

  @Test
  void malformedQueryIsABadRequest() {
    HttpResponse<String> response = SeedServer.send(SeedServer.sparqlPost(server.sparqlUrl(), "SELECT WHERE {",
        "application/sparql-results+json"));
    assertEquals(400, response.statusCode(), response.body());
  }

  private static long localRows(String query) {
    try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(SeedGraph.get().graph()))
        .query(query).build()) {
      return org.apache.jena.query.ResultSetFactory.copyResults(exec.execSelect()).size();
    }
  }

  private static Lang resultsLang(String name) {
    return switch (name) {
      case "JSON" -> org.apache.jena.riot.resultset.ResultSetLang.RS_JSON;
      case "XML" -> org.apache.jena.riot.resultset.ResultSetLang.RS_XML;
      case "CSV" -> org.apache.jena.riot.resultset.ResultSetLang.RS_CSV;
      default -> org.apache.jena.riot.resultset.ResultSetLang.RS_TSV;
    };
  }

  private static Lang rdfLang(String name) {
    return switch (name) {
      case "TURTLE" -> Lang.TURTLE;
      case "JSONLD" -> Lang.JSONLD;
      case "NTRIPLES" -> Lang.NTRIPLES;
      default -> Lang.RDFXML;
    };
  }
}
