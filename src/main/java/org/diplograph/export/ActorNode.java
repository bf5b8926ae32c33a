package org.diplograph.export;

import java.util.List;

/**
 * An actor (or place) of the property-graph exports.
 *
 * @param iri its IRI, the node's identity in every export
 * @param label its one rdfs:label
 * @param classes its Diplograph classes, most specific first ("GovernmentBody", "Organisation", "Actor")
 * @param wikidata its Wikidata IRI, or null
 * @param country the IRI of the state it belongs to, or null
 */
public record ActorNode(String iri, String label, List<String> classes, String wikidata, String country) {
  public ActorNode {
    classes = List.copyOf(classes);
  }

  /** The most specific class, e.g. "Person"; "Entity" for a node the graph does not type. */
  public String type() {
    return classes.isEmpty() ? "Entity" : classes.get(0);
  }

  /** What a picture styles it as: State, Person, Organisation, Location or Entity. */
  public String kind() {
    for (String k : List.of("State", "Person", "Organisation", "Location")) {
      if (classes.contains(k)) {
        return k;
      }
    }
    return "Entity";
  }
}
