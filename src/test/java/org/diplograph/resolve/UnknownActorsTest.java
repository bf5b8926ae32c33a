package org.diplograph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The identity of actors the gazetteer lacks, across documents: one node for the same name with
 * compatible context, two for incompatible context (a person and an organisation, two countries),
 * the place vote, readable ids that do not depend on the order documents come in, and a fixpoint.
 */
class UnknownActorsTest {
  private static final Entity JORDAN = new Entity("Jordan", "Jordan", EntityType.STATE, "Q810", null, null);
  private static final Entity KENYA = new Entity("Kenya", "Kenya", EntityType.STATE, null, null, null);
  private static final Entity UGANDA = new Entity("Uganda", "Uganda", EntityType.STATE, null, null, null);

  private static Gazetteer gazetteer() {
    return new Gazetteer(Map.of("Jordan", JORDAN, "Kenya", KENYA, "Uganda", UGANDA), Map.of());
  }

  private static Entity person(String label, String country) {
    return new Entity(EntityIds.slug(label), label, EntityType.PERSON, null, country, null);
  }

  private static Entity of(String label, EntityType type) {
    return new Entity(EntityIds.slug(label), label, type, null, null, null);
  }

  /** Observes each inner list as one document's entities. */
  private static UnknownActors observed(List<List<Entity>> documents) {
    UnknownActors actors = new UnknownActors(gazetteer());
    documents.forEach(actors::observe);
    return actors;
  }

  @Test
  void theSameNameWithCompatibleContextIsOneNodeAcrossDocuments() {
    Entity kenyan = person("John Mwangi", "Kenya");
    Entity unsaid = person("John Mwangi", null);
    UnknownActors actors = observed(List.of(List.of(kenyan), List.of(unsaid), List.of(unsaid)));
    assertEquals(actors.canonical(kenyan), actors.canonical(unsaid));
    assertEquals("John_Mwangi", actors.canonical(unsaid).id());
    assertEquals("Kenya", actors.canonical(unsaid).country(), "a document that gives no country joins the one the name has");
  }

  @Test
  void twoCountriesAreTwoNodesAndNoCountryIsAThird() {
    Entity kenyan = person("Peter Okello", "Kenya");
    Entity ugandan = person("Peter Okello", "Uganda");
    Entity unsaid = person("Peter Okello", null);
    UnknownActors actors = observed(List.of(List.of(kenyan), List.of(kenyan), List.of(ugandan), List.of(unsaid)));
    assertEquals("Peter_Okello", actors.canonical(kenyan).id(), "the node most documents name keeps the plain id");
    assertEquals("Peter_Okello_Uganda", actors.canonical(ugandan).id());
    assertEquals("Uganda", actors.canonical(ugandan).country());
    Entity alone = actors.canonical(unsaid);
    assertNotEquals(actors.canonical(kenyan).id(), alone.id());
    assertNotEquals(actors.canonical(ugandan).id(), alone.id());
    assertNull(alone.country(), "with two countries for the name, a document that gives none cannot tell which");
  }

  @Test
  void aPersonAndAnOrganisationOfTheSameNameAreTwoNodes() {
    Entity person = of("Baraka", EntityType.PERSON);
    Entity company = of("Baraka", EntityType.ORGANISATION);
    UnknownActors actors = observed(List.of(List.of(company), List.of(company), List.of(person)));
    assertEquals("Baraka", actors.canonical(company).id());
    assertEquals(EntityType.ORGANISATION, actors.canonical(company).type());
    assertEquals("Baraka_Person", actors.canonical(person).id());
    assertEquals(EntityType.PERSON, actors.canonical(person).type());
  }

  @Test
  void aLoneSurnameIsTheOnePersonTheCorpusNamesInFullWithIt() {
    Entity full = person("Brian Kemp", null);
    Entity lone = person("Kemp", null);
    UnknownActors actors = observed(List.of(List.of(full), List.of(lone)));
    assertEquals("Brian_Kemp", actors.canonical(lone).id());
    assertEquals("Brian Kemp", actors.canonical(lone).label());
    assertEquals(List.of("Brian_Kemp"), List.copyOf(actors.nodes().keySet()), "no node is left for the surname");
  }

  @Test
  void aSurnameTwoPeopleShareOrAnotherCountryGivesStaysItsOwnNode() {
    Entity lone = person("Okello", null);
    UnknownActors shared = observed(List.of(List.of(person("Peter Okello", null)), List.of(person("Mary Okello", null)),
        List.of(lone)));
    assertEquals("Okello", shared.canonical(lone).id());
    Entity ugandan = person("Mwangi", "Uganda");
    UnknownActors apart = observed(List.of(List.of(person("John Mwangi", "Kenya")), List.of(ugandan)));
    assertEquals("Mwangi", apart.canonical(ugandan).id());
    Entity firm = of("Kemp", EntityType.ORGANISATION);
    UnknownActors kinds = observed(List.of(List.of(person("Brian Kemp", null)), List.of(firm)));
    assertEquals("Kemp", kinds.canonical(firm).id(), "only a person's surname joins a person");
  }

  @Test
  void aNameMostDocumentsTakeForAPlaceIsAPlace() {
    Entity town = of("Douma", EntityType.LOCATION);
    Entity mistaken = of("Douma", EntityType.PERSON);
    UnknownActors actors = observed(List.of(List.of(town), List.of(town), List.of(mistaken)));
    assertEquals(EntityType.LOCATION, actors.canonical(mistaken).type());
    assertEquals(actors.canonical(town), actors.canonical(mistaken));
  }

  @Test
  void aPlaceReadingOfANameMostDocumentsTakeForAnActorJoinsThatActor() {
    Entity person = of("Mwangaza", EntityType.PERSON);
    Entity place = of("Mwangaza", EntityType.LOCATION);
    UnknownActors actors = observed(List.of(List.of(person), List.of(person), List.of(place)));
    assertEquals(EntityType.PERSON, actors.canonical(place).type());
    assertEquals("Mwangaza", actors.canonical(place).id());
  }

  @Test
  void aSlugTheGazetteerHoldsGetsTheTypeAppended() {
    // as the resolver mints it: the slug with the type when the gazetteer holds the slug
    Entity player = new Entity("Jordan_Person", "Jordan", EntityType.PERSON, null, null, null);
    assertEquals("Jordan_Person", observed(List.of(List.of(player))).canonical(player).id());
  }

  @Test
  void idsDoNotDependOnTheOrderOfDocuments() {
    List<List<Entity>> documents = new ArrayList<>(List.of(List.of(person("Peter Okello", "Kenya")),
        List.of(person("Peter Okello", "Uganda")), List.of(person("Peter Okello", null)),
        List.of(of("Peter Okello", EntityType.ORGANISATION)), List.of(person("Peter Okello", "Uganda"))));
    Map<String, Entity> first = observed(documents).nodes();
    Collections.reverse(documents);
    assertEquals(first, observed(documents).nodes());
  }

  @Test
  void settledEntitiesSettleToThemselves() {
    // the build settles identities once to extract, and again over the settled documents to write the graph
    List<List<Entity>> documents = List.of(List.of(person("Peter Okello", "Kenya")),
        List.of(person("Peter Okello", "Uganda")), List.of(person("Peter Okello", null), of("Douma", EntityType.PERSON)),
        List.of(of("Peter Okello", EntityType.ORGANISATION), of("Douma", EntityType.LOCATION)),
        List.of(person("John Mwangi", null)), List.of(person("John Mwangi", "Kenya"), of("Douma", EntityType.LOCATION)));
    UnknownActors once = observed(documents);
    List<List<Entity>> settled = documents.stream().map(d -> d.stream().map(once::canonical).toList()).toList();
    UnknownActors twice = observed(settled);
    for (List<Entity> d : settled) {
      for (Entity e : d) {
        assertEquals(e, twice.canonical(e));
      }
    }
  }
}
