package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.diplograph.TestKnowledge;
import org.diplograph.annotate.AnnotatedDocument;
import org.diplograph.annotate.ConlluCodec;
import org.diplograph.resolve.EntityResolver;
import org.diplograph.resolve.Gazetteer;
import org.diplograph.resolve.GazetteerLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Actor IRIs are minted from the gazetteer's id column, so editing a row's label keeps every IRI. */
class EntityIriTest {
  @TempDir
  Path dir;

  private Node iriOf(Path gazetteerFile, String surface) throws IOException {
    Gazetteer gazetteer = GazetteerLoader.load(List.of(gazetteerFile));
    AnnotatedDocument doc = ConlluCodec.read(Files.readString(Path.of("src/test/resources/linking/01.conllu")));
    var resolved = new EntityResolver(gazetteer, TestKnowledge.get().names()).resolve(doc, null);
    String id = resolved.allMentions().stream().filter(m -> m.surface().equals(surface)).findFirst().orElseThrow()
        .entity().id();
    return Vocabulary.entity(new EntityCatalog(gazetteer).canonical(gazetteer.entity(id).orElseThrow()).id());
  }

  @Test
  void anActorsIriSurvivesALabelEdit() throws IOException {
    // "President Bush met with Prime Minister Tony Blair at Camp David."
    Path before = Files.writeString(dir.resolve("before.tsv"),
        "United_Kingdom\tUnited Kingdom\tState\tQ145\t-\t-\tUK|Britain\tBritish\n"
            + "Tony_Blair\tTony Blair\tPerson\t-\tUnited_Kingdom\t-\t-\t-\n");
    Path after = Files.writeString(dir.resolve("after.tsv"),
        "United_Kingdom\tUnited Kingdom of Great Britain and Northern Ireland\tState\tQ145\t-\t-\tUK|Britain\tBritish\n"
            + "Tony_Blair\tAnthony Charles Lynton Blair\tPerson\tQ9545\tUnited_Kingdom\t-\tTony Blair\t-\n");
    Node was = iriOf(before, "Tony Blair");
    assertEquals("https://w3id.org/diplograph/id/Tony_Blair", was.getURI());
    assertEquals(was, iriOf(after, "Tony Blair"));
  }
}
