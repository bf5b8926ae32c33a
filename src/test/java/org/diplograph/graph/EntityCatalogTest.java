package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityType;
import org.diplograph.resolve.Gazetteer;
import org.diplograph.resolve.GazetteerLoader;
import org.junit.jupiter.api.Test;

/** The catalog gives one description per id, however differently documents read a name. */
class EntityCatalogTest {
  private static final Gazetteer GAZETTEER = GazetteerLoader.load(List.of(Path.of("ontology/gazetteer/actors.tsv")));

  /**
   * The Guardian build once wrote id:Kobane as a place and a person, which its shapes refuse: the
   * documents' entities held only the place (a town in Syria), but an argument of one of them
   * still carried the person reading of the name. A reading no document listed settles to the
   * node of its id.
   */
  @Test
  void aReadingNoDocumentListedSettlesToTheNodeOfItsId() {
    Entity town = new Entity("Kobane", "Kobane", EntityType.LOCATION, null, "Syria", "Syria");
    Entity person = new Entity("Kobane", "Kobane", EntityType.PERSON, null, null, null);
    EntityCatalog catalog = new EntityCatalog(GAZETTEER);
    catalog.observe(List.of(town));
    catalog.observe(List.of(town));
    assertEquals(town, catalog.canonical(person));
    assertEquals(catalog.byId("Kobane").orElseThrow(), catalog.canonical(person));
  }
}
