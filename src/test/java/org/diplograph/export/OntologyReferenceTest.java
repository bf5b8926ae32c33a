package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.diplograph.TestKnowledge;
import org.junit.jupiter.api.Test;

/** ontology/REFERENCE.md is what the generator makes of ontology/diplograph.ttl, so it cannot drift. */
class OntologyReferenceTest {
  private static final String PAGE = new OntologyReference(TestKnowledge.get().ontology()).markdown();

  @Test
  void theCommittedReferenceIsCurrent() throws Exception {
    String committed = Files.readString(TestKnowledge.ONTOLOGY.resolve("REFERENCE.md"));
    assertEquals(PAGE, committed, "ontology/REFERENCE.md is out of date: run './diplograph reference' and commit it");
  }

  @Test
  void everyRelationIsListedWithItsAlignment() {
    TestKnowledge.get().relations().relations().keySet().forEach(name ->
        assertTrue(PAGE.contains("| `dg:" + name + "` |"), "no row for dg:" + name));
    assertTrue(PAGE.contains("| `dg:metWith` | met with | event | `dg:Actor` → `dg:Actor` | CONSULT | 040, 042, 043, 044, 046 |"));
    assertTrue(PAGE.contains("| CONSULT | `dg:heldCallWith`, `dg:metWith`, `dg:visited` |"));
    assertTrue(PAGE.contains("| `dg:asserted` | asserted |"));
  }
}
