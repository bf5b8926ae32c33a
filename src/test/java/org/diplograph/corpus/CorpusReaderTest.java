package org.diplograph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
  private static final String ENGLISH = "The foreign ministers of China and Russia met in Beijing on Tuesday to discuss "
      + "the war in Ukraine, and they said that the talks had been useful for both of their countries.\n";

  @TempDir
  Path corpus;

  private Corpus read(long maxBytes) {
    return new CorpusReader(new TextChecks(maxBytes)).read(corpus);
  }

  private Map<String, String> problems(Corpus c) {
    return c.problems().stream().collect(Collectors.toMap(InputProblem::sourcePath, InputProblem::reason));
  }

  @Test
  void readsTextFilesBelowTheFolderWithPathIdsAndSkipsOthers() throws IOException {
    Files.writeString(corpus.resolve("b.txt"), ENGLISH);
    Files.createDirectories(corpus.resolve("2025/march"));
    Files.writeString(corpus.resolve("2025/march/a.txt"), ENGLISH);
    Files.writeString(corpus.resolve("notes.md"), ENGLISH);
    Files.createDirectories(corpus.resolve(".hidden"));
    Files.writeString(corpus.resolve(".hidden/c.txt"), ENGLISH);
    Corpus c = read(1_000_000);
    assertEquals(List.of("2025/march/a", "b"), c.articles().stream().map(Article::id).toList());
    assertTrue(c.problems().isEmpty(), c.problems().toString());
  }

  @Test
  void reportsEachBadFileByNameWithItsReasonAndKeepsTheGoodOnes() throws IOException {
    Files.writeString(corpus.resolve("good.txt"), ENGLISH);
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    Files.write(corpus.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14});
    Files.write(corpus.resolve("latin1.txt"), "Caf\u00e9 in M\u00fcnchen, the talks went on".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(corpus.resolve("page.txt"), "<!DOCTYPE html><html><body><p>" + ENGLISH + "</p></body></html>");
    Files.writeString(corpus.resolve("german.txt"), "Die Außenminister von China und Russland trafen sich am Dienstag "
        + "in Peking, um über den Krieg in der Ukraine zu sprechen, und sie sagten, die Gespräche seien für beide "
        + "Länder nützlich gewesen, berichtete die Nachrichtenagentur.");
    Files.writeString(corpus.resolve("blank.txt"), "   \n\n  ");
    Files.writeString(corpus.resolve("huge.txt"), ENGLISH.repeat(20));
    Corpus c = read(1_000);
    assertEquals(List.of("good"), c.articles().stream().map(Article::id).toList());
    Map<String, String> problems = problems(c);
    assertEquals("empty file", problems.get("empty.txt"));
    assertTrue(problems.get("binary.txt").startsWith("binary data"), problems.get("binary.txt"));
    assertTrue(problems.get("latin1.txt").startsWith("not valid UTF-8 (malformed byte sequence at byte offset 3)"),
        problems.get("latin1.txt"));
    assertTrue(problems.get("page.txt").startsWith("HTML markup"), problems.get("page.txt"));
    assertTrue(problems.get("german.txt").startsWith("does not look like English"), problems.get("german.txt"));
    assertEquals("no text (only whitespace)", problems.get("blank.txt"));
    assertTrue(problems.get("huge.txt").startsWith("too large"), problems.get("huge.txt"));
    assertEquals(7, problems.size());
  }

  @Test
  void normalisesLineEndsAndTheByteOrderMarkWithoutMovingAnyOffset() throws IOException {
    String raw = "\uFEFF" + ENGLISH.replace("\n", "\r\n") + "Old Mac line\rend\n";
    Files.write(corpus.resolve("bom.txt"), raw.getBytes(StandardCharsets.UTF_8));
    Article a = read(1_000_000).articles().get(0);
    assertEquals(raw.length(), a.text().length(), "offsets into the text are offsets into the file");
    assertEquals(raw.indexOf("Beijing"), a.text().indexOf("Beijing"));
    assertTrue(!a.text().contains("\r") && !a.text().contains("\uFEFF"));
    assertTrue(a.text().contains("Old Mac line\nend"));
    assertEquals(64, a.sha256().length());
  }

  @Test
  void idsAreSafeInIris() {
    assertEquals("2024/Reuters_report_1", DocumentIds.fromRelativePath("2024/Reuters report#1.txt"));
    assertEquals("Tehran_talks", DocumentIds.fromRelativePath("Téhran talks.txt").replace("Tehran", "Tehran"));
  }
}
