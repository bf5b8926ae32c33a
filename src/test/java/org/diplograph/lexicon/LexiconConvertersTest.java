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
  void phoenixDatedRolesAndTitledNamesBecomeRoleRowsTheGazetteerReads() throws IOException {
    Path countries = Files.writeString(dir.resolve("countries.txt"), """
        UNITED_STATES_  [USA]
        +AMERICA_
        GEORGE_W._BUSH_  # CountryInfo.txt
        +PRESIDENT_BUSH_
        +US_PRESIDENT_GEORGE_W._BUSH
        +GOV._GEORGE_W._BUSH
        +BUSH_ADMINISTRATION
        	[USAELI 640101-010120]
        	[USAGOV 010120-090120]
        	[USAELI]
        """, StandardCharsets.ISO_8859_1);
    Path curatedFile = Files.writeString(dir.resolve("actors.tsv"),
        "United_States\tUnited States\tState\tQ30\t-\t-\t-\tAmerican\n");
    Gazetteer curated = GazetteerLoader.load(List.of(curatedFile));
    PhoenixConverter converter = new PhoenixConverter(curated);
    List<String> rows = converter.convert(PhoenixReader.read(countries), List.of());
    List<String> roles = converter.roleRows();
    assertEquals(List.of("George_W_Bush\tGeorge W. Bush\tUnited_States/ELI/1964-01-01/2001-01-20"
        + "|United_States/GOV/2001-01-20/2009-01-20|United_States/ELI/-/-\tPresident Bush|US President George W. Bush"),
        roles, "dated roles, and the titled names (not 'Bush Administration')");
    Path actors = Files.writeString(dir.resolve("generated-phoenix-actors.tsv"), String.join("\n", rows) + "\n");
    Path roleFile = Files.writeString(dir.resolve("generated-phoenix-roles.tsv"), String.join("\n", roles) + "\n");
    Gazetteer all = GazetteerLoader.load(List.of(curatedFile, actors, roleFile));
    assertEquals(3, all.roles("George_W_Bush").size());
    assertTrue(all.roles("George_W_Bush").get(1).covers(java.time.LocalDate.of(2003, 3, 4)));
    assertEquals(List.of("George_W_Bush"), all.personsWithSurname("Bush"));
  }

  @Test
  void phoenixDatesAreReadAsDays() {
    assertEquals(List.of("2001-01-20", "2009-01-20"), List.of(PhoenixConverter.dates("010120-090120")));
    assertEquals(List.of("2010-06-01", "-"), List.of(PhoenixConverter.dates(">100601")));
    assertEquals(List.of("-", "1991-04-24"), List.of(PhoenixConverter.dates("<910424")));
    assertEquals(List.of("2007-06-27", "2010-07-11"), List.of(PhoenixConverter.dates("070627-20100711")));
    assertEquals(null, PhoenixConverter.dates("201005011"));
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
