package org.diplograph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.diplograph.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office table is consistent, and a bad row fails with its file and line. */
class OfficesTest {
  @TempDir
  Path dir;

  private static Offices offices() {
    return TestKnowledge.get().gazetteer().offices();
  }

  @Test
  void termsOfOneOfficeNeverOverlap() {
    List<Offices.Term> terms = new ArrayList<>(offices().terms());
    terms.sort(Comparator.comparing(Offices.Term::state).thenComparing(Offices.Term::office)
        .thenComparing(Offices.Term::from));
    List<String> overlaps = new ArrayList<>();
    for (int i = 1; i < terms.size(); i++) {
      Offices.Term a = terms.get(i - 1);
      Offices.Term b = terms.get(i);
      if (a.state().equals(b.state()) && a.office().equals(b.office()) && (a.to() == null || !a.to().isBefore(b.from()))) {
        overlaps.add(a + " / " + b);
      }
    }
    assertTrue(overlaps.isEmpty(), String.join("\n", overlaps));
  }

  @Test
  void everyHolderBelongsToTheStateWhoseOfficeTheyHold() {
    Gazetteer gazetteer = TestKnowledge.get().gazetteer();
    List<String> wrong = new ArrayList<>();
    for (Offices.Term t : offices().terms()) {
      String country = gazetteer.entity(t.holder()).orElseThrow().country();
      if (country != null && !country.equals(t.state())) {
        wrong.add(t + ": the gazetteer's country is " + country);
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void theHolderOfTheDayAndTheNearestOther() {
    LocalDate day = LocalDate.parse("2003-03-04");
    List<Offices.Term> pm = offices().holders("United_Kingdom", "prime minister", day);
    assertEquals(List.of("Tony_Blair"), pm.stream().map(Offices.Term::holder).toList());
    assertEquals("Gordon_Brown", offices().nearestOther("United_Kingdom", "prime minister", day, "Tony_Blair")
        .orElseThrow().holder());
    assertEquals("foreign minister", offices().office(AliasKey.of("Secretary of State")).orElseThrow());
    assertFalse(offices().heldBy("George_W_Bush", day).isEmpty());
    assertTrue(offices().heldBy("George_Bush", day).isEmpty());
  }

  @Test
  void aBadRowFailsWithItsFileAndLine() throws IOException {
    Path titles = Files.writeString(dir.resolve("office-titles.tsv"), "president\tpresident\n");
    Path states = Files.writeString(dir.resolve("actors.tsv"),
        "France\tFrance\tState\t-\t-\t-\t-\tFrench\nJacques_Chirac\tJacques Chirac\tPerson\t-\tFrance\t-\t-\t-\n");
    Path terms = Files.writeString(dir.resolve("offices.tsv"),
        "# state\toffice\tholder\tfrom\tto\nFrance\tpresident\tJacques_Chirac\t1995-05-17\t2007-05-15\n"
            + "France\tking\tJacques_Chirac\t1995-05-17\t-\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GazetteerLoader.load(List.of(states, titles, terms)));
    assertTrue(e.getMessage().startsWith("offices.tsv:3: "), e.getMessage());
  }
}
