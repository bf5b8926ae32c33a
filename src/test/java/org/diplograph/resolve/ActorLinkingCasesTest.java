package org.diplograph.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.diplograph.TestKnowledge;
import org.diplograph.annotate.AnnotatedDocument;
import org.diplograph.annotate.ConlluCodec;
import org.diplograph.pipeline.Knowledge;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The actor-linking cases of {@code src/test/resources/linking/cases.tsv}: sentences written for
 * these tests, annotated once by CoreNLP, resolved with their date; each row says which gazetteer
 * node a surface must (or must not) link to. One row per rule: dated roles, titles, lone surnames,
 * role nouns from outside politics, plural demonyms, organisations holding a state's name, places
 * that do not act.
 */
class ActorLinkingCasesTest {
  private static final Path CASES = Path.of("src/test/resources/linking");

  @TestFactory
  Stream<DynamicTest> cases() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : Files.readAllLines(CASES.resolve("cases.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      tests.add(DynamicTest.dynamicTest(c[0] + " " + c[2] + " -> " + c[3] + ": " + c[4], () -> check(c)));
    }
    return tests.stream();
  }

  private static void check(String[] c) throws IOException {
    Knowledge knowledge = TestKnowledge.get();
    AnnotatedDocument doc = ConlluCodec.read(Files.readString(CASES.resolve(c[0] + ".conllu")));
    LocalDate date = c[1].equals("-") ? null : LocalDate.parse(c[1]);
    ResolvedDocument resolved = new EntityResolver(knowledge.gazetteer(), knowledge.names()).resolve(doc, date);
    List<String> ids = resolved.allMentions().stream().filter(m -> m.surface().equals(c[2]))
        .map(m -> m.entity().id()).toList();
    String expected = c[3];
    if (expected.startsWith("!")) {
      assertFalse(ids.contains(expected.substring(1)), c[2] + " must not link to " + expected.substring(1) + ": " + ids);
    } else if (expected.equals("NIL")) {
      assertFalse(ids.isEmpty(), c[2] + " has no mention");
      assertTrue(ids.stream().noneMatch(id -> knowledge.gazetteer().entity(id).isPresent()),
          c[2] + " must be a new actor, not " + ids);
    } else {
      assertTrue(ids.contains(expected), c[2] + " must link to " + expected + ": " + ids);
    }
  }
}
