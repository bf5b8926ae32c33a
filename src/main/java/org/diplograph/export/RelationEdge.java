package org.diplograph.export;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

/**
 * All mentions of one (subject, relation, object), aggregated: an edge of the property-graph
 * exports. A symmetric relation's mentions in both directions count for one edge, whose ends are
 * in IRI order.
 *
 * @param subject the subject's IRI
 * @param property the relation property's IRI
 * @param object the object's IRI
 * @param label the property's rdfs:label ("met with")
 * @param plover its PLOVER event type, or null (roles have none)
 * @param symmetric whether the relation holds both ways
 * @param evidence how many mentions state it
 * @param asserted how many of them state it as fact (dg:asserted)
 * @param confidence the highest confidence among the mentions: the best single piece of evidence
 * @param documents ids of the documents the mentions come from, sorted
 * @param modalities the modalities seen ("asserted", "reported", ...), sorted
 */
public record RelationEdge(String subject, String property, String object, String label, String plover,
    boolean symmetric, int evidence, int asserted, BigDecimal confidence, Set<String> documents,
    Set<String> modalities) {

  public RelationEdge {
    documents = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(documents));
    modalities = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(modalities));
  }

  /** The property's local name: "metWith". */
  public String relation() {
    return localName(property);
  }

  /** The relation as a Neo4j relationship type: "MET_WITH". */
  public String type() {
    return relation().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }

  static String localName(String iri) {
    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return iri.substring(cut + 1);
  }
}
