package org.diplograph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplograph.FixtureAnnotator;
import org.diplograph.TestKnowledge;
import org.diplograph.annotate.ConlluCodec;
import org.diplograph.pipeline.Knowledge;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
  private static ResolvedDocument seed(String id) throws IOException {
    Knowledge k = TestKnowledge.get();
    var doc = ConlluCodec.read(Files.readString(FixtureAnnotator.SEED.resolve(id + ".conllu")));
    return new EntityResolver(k.gazetteer(), k.names()).resolve(doc);
  }

  private static Set<String> surfaces(ResolvedDocument doc, String entityId, MentionKind... kinds) {
    Set<MentionKind> wanted = Set.of(kinds);
    return doc.allMentions().stream()
        .filter(m -> m.entity().id().equals(entityId) && wanted.contains(m.kind()))
        .map(Mention::surface).collect(Collectors.toSet());
  }

  @Test
  void manyNamesOfXiAreOneEntity() throws IOException {
    ResolvedDocument doc = seed("004_e25c9ce347118446");
    Set<String> xi = surfaces(doc, "Xi_Jinping", MentionKind.NAME);
    assertTrue(xi.containsAll(List.of("Xi Jinping", "Xi")), xi.toString());
    assertEquals("Q15031", doc.entities().stream().filter(e -> e.id().equals("Xi_Jinping")).findFirst().orElseThrow().wikidata());
  }

  @Test
  void capitalsAndSeatsOfGovernmentActAsTheirStates() throws IOException {
    ResolvedDocument doc = seed("003_a402a77e2a5dc7e2");
    assertTrue(surfaces(doc, "Russia", MentionKind.METONYM).containsAll(List.of("Kremlin", "Moscow")));
    assertTrue(surfaces(doc, "China", MentionKind.METONYM).contains("Beijing"));
    assertTrue(surfaces(doc, "United_States", MentionKind.METONYM).contains("Washington"));
  }

  @Test
  void aCapitalAfterInIsAPlaceAsWell() throws IOException {
    ResolvedDocument doc = seed("001_99a768fa90f01708");
    assertTrue(surfaces(doc, "Beijing", MentionKind.PLACE).contains("Beijing"));
  }

  @Test
  void surnamesAndFirstNamesLinkToTheFullNameInTheSameDocument() throws IOException {
    assertTrue(surfaces(seed("000_ef2881d829f6ae15"), "Victor_Gao", MentionKind.PARTIAL_NAME).contains("Gao"));
    assertTrue(surfaces(seed("001_99a768fa90f01708"), "Alexei_Plotnikov", MentionKind.PARTIAL_NAME).contains("Plotnikov"));
  }

  @Test
  void organisationNamesWithoutAnEntityTagAreFound() throws IOException {
    assertTrue(surfaces(seed("000_ef2881d829f6ae15"), "Centre_for_China_and_Globalisation", MentionKind.NAME)
        .contains("Centre for China and Globalisation"));
  }

  @Test
  void hyphenatedDemonymsNameEachState() throws IOException {
    ResolvedDocument doc = seed("004_e25c9ce347118446");
    assertTrue(surfaces(doc, "China", MentionKind.DEMONYM).contains("Sino"), "the tokenizer splits Sino-Russian");
    assertTrue(surfaces(doc, "Russia", MentionKind.DEMONYM).contains("Russian"));
    // a hyphenated word the tokenizer keeps whole names both states too
    var token = new org.diplograph.annotate.Token(1, "US-Chinese", "us-chinese", "JJ", "MISC", null, 0, 10);
    var noun = new org.diplograph.annotate.Token(2, "trade", "trade", "NN", "O", null, 11, 16);
    var sentence = new org.diplograph.annotate.Sentence(0, 0, 16, "US-Chinese trade", List.of(token, noun),
        List.of(), List.of());
    Knowledge k = TestKnowledge.get();
    ResolvedDocument synthetic = new EntityResolver(k.gazetteer(), k.names())
        .resolve(new org.diplograph.annotate.AnnotatedDocument("t", List.of(sentence)));
    assertEquals(Set.of("United_States", "China"),
        synthetic.actorsAt(0, 1).stream().map(m -> m.entity().id()).collect(Collectors.toSet()));
  }
}
