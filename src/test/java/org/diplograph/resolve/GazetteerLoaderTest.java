package org.diplograph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerLoaderTest {
  @TempDir
  Path dir;

  private Path file(String name, String... rows) throws IOException {
    return Files.writeString(dir.resolve(name), "# header\n" + String.join("\n", rows) + "\n");
  }

  @Test
  void badRowsFailWithFileAndLine() throws IOException {
    Path bad = file("bad.tsv", "Atlantis\tAtlantis\tContinent\t-\t-\t-\t-\t-");
    var e = assertThrows(IllegalArgumentException.class, () -> GazetteerLoader.load(List.of(bad)));
    assertTrue(e.getMessage().startsWith("bad.tsv:2: unknown entity type 'Continent'"), e.getMessage());

    Path dangling = file("dangling.tsv", "Jane_Doe\tJane Doe\tPerson\t-\tNarnia\t-\t-\t-");
    e = assertThrows(IllegalArgumentException.class, () -> GazetteerLoader.load(List.of(dangling)));
    assertTrue(e.getMessage().contains("dangling.tsv:2: refers to unknown entity id 'Narnia'"), e.getMessage());
  }

  @Test
  void curatedNamesWinAndAcronymsMatchOnlyInCapitals() throws IOException {
    Path curated = file("actors.tsv", "United_States\tUnited States\tState\tQ30\t-\t-\tUS|America\tAmerican");
    Path generated = file("generated-x.tsv", "America_Band\tAmerica\tOrganisation\t-\t-\t-\tAmerica|US Band\t-");
    Gazetteer g = GazetteerLoader.load(List.of(curated, generated));
    assertEquals(List.of("United_States"), g.lookup(AliasKey.of("America")).stream().map(Gazetteer.Alias::entityId).toList());
    Gazetteer.Alias us = g.lookup(AliasKey.of("US")).get(0);
    assertTrue(us.caseSensitive(), "'us' is a pronoun");
    assertTrue(g.lookup(AliasKey.of("American")).get(0).demonym());
    assertTrue(g.entity("America_Band").isPresent(), "the generated entity exists under its other names");
  }

  @Test
  void keysIgnoreCaseHyphensAndCurlyApostrophes() {
    assertEquals(AliasKey.of("Bashar al-Assad"), AliasKey.of("Bashar Al Assad"));
    assertEquals(AliasKey.of("People’s Republic of China"), AliasKey.of("People 's Republic of China"));
  }
}
