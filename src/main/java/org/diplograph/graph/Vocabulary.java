package org.diplograph.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Namespaces and terms of the Diplograph graph. */
public final class Vocabulary {
  private Vocabulary() {}

  public static final String DG = "https://w3id.org/diplograph/ontology#";
  /** The prefixes the library's own SPARQL queries use. */
  public static final String SPARQL_PREFIXES = """
      PREFIX dg: <https://w3id.org/diplograph/ontology#>
      PREFIX id: <https://w3id.org/diplograph/id/>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      """;
  public static final String ID = "https://w3id.org/diplograph/id/";
  public static final String DOC = "https://w3id.org/diplograph/doc/";
  public static final String MENTION = "https://w3id.org/diplograph/mention/";
  /** Event mentions: {@code <doc>/<begin>-<end>/<Type>/<trigger token>}, stable across runs. */
  public static final String EVENT_MENTION = "https://w3id.org/diplograph/event-mention/";
  /** Linking decisions: {@code <doc>/<begin>-<end>/<method>}, at the words' first occurrence. */
  public static final String LINK = "https://w3id.org/diplograph/link/";
  /** Events merged from mentions across documents: {@code <Type>/<date>/<participants>}, from content. */
  public static final String EVENT = "https://w3id.org/diplograph/event/";
  public static final String ONTOLOGY_GRAPH = "https://w3id.org/diplograph/ontology";
  /** The corpus-level named graph of merged events, recomputed from every document on each build. */
  public static final String EVENTS_GRAPH = "https://w3id.org/diplograph/events";
  public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  public static final String OWL = "http://www.w3.org/2002/07/owl#";
  public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  public static final String PROV = "http://www.w3.org/ns/prov#";
  public static final String DCTERMS = "http://purl.org/dc/terms/";
  public static final String SCHEMA = "https://schema.org/";
  public static final String WD = "http://www.wikidata.org/entity/";

  /** The prefixes written at the top of every export, in the order written. */
  public static Map<String, String> prefixes() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("dg", DG);
    p.put("id", ID);
    p.put("doc", DOC);
    p.put("mention", MENTION);
    p.put("rdf", RDF);
    p.put("rdfs", RDFS);
    p.put("owl", OWL);
    p.put("xsd", XSD);
    p.put("skos", SKOS);
    p.put("prov", PROV);
    p.put("dcterms", DCTERMS);
    p.put("schema", SCHEMA);
    p.put("wd", WD);
    return p;
  }

  public static Node dg(String local) {
    return NodeFactory.createURI(DG + local);
  }

  public static Node entity(String slug) {
    return NodeFactory.createURI(ID + slug);
  }

  public static Node document(String docId) {
    return NodeFactory.createURI(DOC + docId);
  }

  public static final Node TYPE = NodeFactory.createURI(RDF + "type");
  public static final Node STATEMENT = NodeFactory.createURI(RDF + "Statement");
  public static final Node SUBJECT = NodeFactory.createURI(RDF + "subject");
  public static final Node PREDICATE = NodeFactory.createURI(RDF + "predicate");
  public static final Node OBJECT = NodeFactory.createURI(RDF + "object");
  public static final Node LABEL = NodeFactory.createURI(RDFS + "label");
  public static final Node ALT_LABEL = NodeFactory.createURI(SKOS + "altLabel");
  public static final Node SAME_AS = NodeFactory.createURI(OWL + "sameAs");
  public static final Node DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");
  public static final Node IDENTIFIER = NodeFactory.createURI(DCTERMS + "identifier");
  public static final Node TITLE = NodeFactory.createURI(DCTERMS + "title");
  public static final Node DATE = NodeFactory.createURI(DCTERMS + "date");
}
