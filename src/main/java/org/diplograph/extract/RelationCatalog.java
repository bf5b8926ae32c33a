package org.diplograph.extract;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The relation properties declared in the ontology, by local name. */
public record RelationCatalog(Map<String, RelationSpec> relations) {
  public RelationCatalog {
    relations = Map.copyOf(new TreeMap<>(relations));
  }

  public Optional<RelationSpec> find(String name) {
    return Optional.ofNullable(relations.get(name));
  }

  /** The relation, or an error naming where it was asked for. */
  public RelationSpec require(String name, String where) {
    return find(name).orElseThrow(() -> new IllegalArgumentException(where
        + ": relation '" + name + "' is not declared in the ontology (declare dg:" + name
        + " as a subproperty of dg:eventRelation or dg:roleRelation)"));
  }
}
