package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.diplograph.TestKnowledge;
import org.diplograph.annotate.AnnotatedDocument;
import org.diplograph.annotate.ConlluCodec;
import org.diplograph.pipeline.Knowledge;
import org.diplograph.resolve.EntityResolver;
import org.diplograph.resolve.ResolvedDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Extraction test cases as folders under {@code src/test/resources/extraction/} (see the README
 * there): sentences written for these tests, not taken from the seed articles, annotated once by
 * CoreNLP ({@code input.conllu}), and the relations a careful reader takes from them
 * ({@code expected.tsv}). Every relation the rules produce must be expected, and every expected
 * one produced, with its modality.
 */
class ExtractionCasesTest {
  private static final Path CASES = Path.of("src/test/resources/extraction");

  @TestFactory
  Stream<DynamicTest> cases() throws IOException {
    List<Path> folders;
    try (Stream<Path> list = Files.list(CASES)) {
      folders = list.filter(Files::isDirectory).sorted().toList();
    }
    return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)));
  }

  private static void check(Path folder) throws IOException {
    Knowledge knowledge = TestKnowledge.get();
    AnnotatedDocument doc = ConlluCodec.read(Files.readString(folder.resolve("input.conllu")));
    ResolvedDocument resolved = new EntityResolver(knowledge.gazetteer(), knowledge.names()).resolve(doc);
    Extraction extraction = new RelationExtractor(knowledge.rules(), knowledge.gazetteer(), knowledge.names())
        .extract(resolved);
    List<RelationMention> mentions = extraction.relations();
    // the graph's shapes require every mention to name its pattern as file:line (dg:rule)
    for (EventMention e : extraction.events()) {
      assertTrue(e.rule().matches("[^:\\s]+:[0-9]+"), folder.getFileName() + ": event rule '" + e.rule() + "' is no file:line");
      e.statements().forEach(r -> assertTrue(r.rule().matches("[^:\\s]+:[0-9]+"),
          folder.getFileName() + ": statement rule '" + r.rule() + "' is no file:line"));
    }
    Path expectedEntities = folder.resolve("expected-entities.tsv");
    if (Files.exists(expectedEntities)) {
      for (String line : Files.readAllLines(expectedEntities)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.strip().split("\t+");
        int sentence = Integer.parseInt(c[0]);
        List<String> ids = new ArrayList<>();
        resolved.allMentions().stream().filter(m -> m.sentence() == sentence && m.surface().equals(c[1]))
            .forEach(m -> ids.add(m.entity().id() + ":" + m.entity().type().className()));
        assertTrue(ids.contains(c[2]), folder.getFileName() + ": '" + c[1] + "' in sentence " + sentence
            + " should be " + c[2] + ", is " + ids);
      }
    }
    Path expectedEvents = folder.resolve("expected-events.tsv");
    if (Files.exists(expectedEvents)) {
      List<String> wanted = new ArrayList<>();
      for (String line : Files.readAllLines(expectedEvents)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          wanted.add(line.strip().replaceAll("\t+", "\t"));
        }
      }
      List<String> got = new ArrayList<>();
      extraction.events().forEach(e -> got.add(eventRow(e)));
      wanted.sort(null);
      got.sort(null);
      assertEquals(String.join("\n", wanted), String.join("\n", got),
          "events of " + folder.getFileName() + " (sentence, type, sources, targets)");
    }
    Set<String> actual = new TreeSet<>();
    for (RelationMention m : mentions) {
      actual.add(row(m));
    }
    Set<String> expected = new TreeSet<>();
    Path expectedFile = folder.resolve("expected.tsv");
    if (Files.exists(expectedFile)) {
      for (String line : Files.readAllLines(expectedFile)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          expected.add(line.strip().replaceAll("\\s+", "\t"));
        }
      }
    }
    assertEquals(String.join("\n", expected), String.join("\n", actual),
        "relations of " + folder.getFileName() + " (sentence, subject, relation, object, modality)");
  }

  /** sentence, PLOVER type, sources, targets: actor ids, or the words in quotes when no actor was resolved. */
  static String eventRow(EventMention e) {
    return String.join("\t", Integer.toString(e.sentence()), e.event().type().plover(), parties(e.sources()),
        parties(e.targets()));
  }

  private static String parties(List<Argument> arguments) {
    if (arguments.isEmpty()) {
      return "-";
    }
    List<String> out = new ArrayList<>();
    arguments.forEach(a -> out.add(a.resolved() ? a.entity().id() : "'" + a.text() + "'"));
    out.sort(null);
    return String.join("|", out);
  }

  static String row(RelationMention m) {
    return String.join("\t", Integer.toString(m.sentence()), m.subject().id(), m.relation().name(), m.object().id(),
        m.modality().localName());
  }

  static List<String> rows(List<RelationMention> mentions) {
    List<String> out = new ArrayList<>();
    mentions.forEach(m -> out.add(row(m)));
    return out;
  }
}
