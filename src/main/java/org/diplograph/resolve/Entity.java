package org.diplograph.resolve;

/**
 * A resolved entity: one graph node. {@code id} is its IRI slug ({@code Xi_Jinping});
 * {@code country} is the id of the state a person or body belongs to; {@code actsAs} is, for a
 * place such as a capital or a seat of government, the actor it stands for when it acts
 * ("Moscow said ..." means Russia). Optional fields are null when unknown.
 */
public record Entity(String id, String label, EntityType type, String wikidata, String country,
    String actsAs) {

  public Entity withType(EntityType newType) {
    return new Entity(id, label, newType, wikidata, country, actsAs);
  }
}
