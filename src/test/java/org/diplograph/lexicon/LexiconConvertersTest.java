package org.diplograph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.diplograph.resolve.GazetteerLoader;
import org.diplograph.resolve.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Converters on excerpts in the dictionaries' own formats (PETRARCH2 files, MIT licence). */
class LexiconConvertersTest {
  @TempDir
  Path dir;

  @Test
  void phoenixCountriesPeopleAndInstitutionsBecomeGazetteerRows() throws IOException {
    Path countries = Files.writeString(dir.resolve("countries.txt"), """
        # excerpt of Phoenix.Countries.actors.txt
        RUSSIAN_FEDERATION_  [RUS]
        +RUSSIA_
        +MOSCOW_
        +ST._PETERSBURG_
        VLADIMIR_PUTIN_  # CountryInfo.txt
        +VLADIMIR_VLADIMIROVICH_PUTIN_
        +PUTIN_
        +PRESIDENT_VLADIMIR_PUTIN_
        \t[RUSGOV >080508]
        FEDERATION_COUNCIL_OF_RUSSIA_
        \t[RUSGOVLEG]
        """, StandardCharsets.ISO_8859_1);
    Path curatedFile = Files.writeString(dir.resolve("actors.tsv"), "Russia\tRussia\tState\tQ159\t-\t-\t-\tRussian\n");
    Gazetteer curated = GazetteerLoader.load(List.of(curatedFile));
    List<String> rows = new PhoenixConverter(curated).convert(PhoenixReader.read(countries), List.of());
    assertEquals("Russia\tRussia\tState\t-\t-\t-\tRussian Federation|Moscow|St. Petersburg\t-", rows.get(0));
    assertEquals("Vladimir_Putin\tVladimir Putin\tPerson\t-\tRussia\t-\tVladimir Vladimirovich Putin\t-", rows.get(1),
        "no one-word or titled names for people");
    assertEquals("Federation_Council_of_Russia\tFederation Council of Russia\tGovernmentBody\t-\tRussia\t-\t-\t-", rows.get(2));
  }

  @Test
  void cameoVerbsAndPatternsBecomeTriggersMinusTheExcludedMembers() throws IOException {
    Path cameo = Files.writeString(dir.resolve("cameo.txt"), """
        ####### VERB PATTERNS #######
        ---  MEET_PEOPLE   [040]  ---
        +MEET_WITH {+MET_WITH +MEETS_WITH }
        FACE  # sha  8/17/93
        MEET {MEETS MET MEETING}
        - * (WITH LEADERS)                                    [036:036]     # MEET
        ---  BLAME   [112]  ---
        ACCUSE [112]
        CONDEMN [111]
        """, StandardCharsets.ISO_8859_1);
    CameoPatternConverter converter = new CameoPatternConverter(
        Map.of("036", new CameoPatternConverter.Plover("AGREE", null),
            "111", new CameoPatternConverter.Plover("ACCUSE", null),
            "112", new CameoPatternConverter.Plover("ACCUSE", null)),
        List.of(new CameoPatternConverter.NamedRelation("accused", "ACCUSE", Set.of("111", "112"))),
        Map.of("AGREE", "Agree", "ACCUSE", "Accuse"), Map.of("MEET_PEOPLE", Set.of("face")));
    List<String> rows = converter.convert(CameoPatterns.read(cameo));
    // a synset's default code gives no row (it spans every sense of its members); a member's own
    // code does; a pattern's words are required under the verb and its preposition takes the object
    assertEquals(List.of(
        "Agree\tmeet\tV\tnsubj\t@with obj\t0.6\tleader\t036\tCAMEO MEET_PEOPLE: * (WITH LEADERS)\t-",
        "accused\taccuse\tV\tnsubj\tobj\t0.5\t-\t112\tCAMEO BLAME\t-",
        "accused\tcondemn\tV\tnsubj\tobj\t0.5\t-\t111\tCAMEO BLAME\t-"), rows);
  }

  @Test
  void ploverTableRows() throws IOException {
    Path table = Files.writeString(dir.resolve("plover.txt"), """
        # CAMEO to PLOVER conversion table
        04: CONSULT
        041: CONSULT, phone,   # Discuss by telephone
        163: COERCE, restrict,   diplomatic # Impose embargo, boycott, or sanctions
        """);
    assertEquals(List.of("04\tCONSULT\t-\t-\t-", "041\tCONSULT\tphone\t-\tDiscuss by telephone",
        "163\tCOERCE\trestrict\tdiplomatic\tImpose embargo, boycott, or sanctions"), PloverTable.convert(table));
  }
}
