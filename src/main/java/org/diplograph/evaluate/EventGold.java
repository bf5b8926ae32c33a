package org.diplograph.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The blind event evaluation set of {@code eval/events/}: the sampled sentences
 * ({@code sentences.tsv}: id, split, stratum, source, date, sentence) and the annotators' events
 * ({@code annotations/batch-*.tsv}: id, type, mode, sources, targets, modality, trigger, note).
 */
public record EventGold(List<Item> sentences, Map<String, List<Event>> events) {

  /** One sampled sentence. */
  public record Item(String id, String split, String date, String text) {}

  /** One annotated event; sources and targets are the annotator's words ('|'-separated in the file). */
  public record Event(String type, String mode, List<String> sources, List<String> targets, String modality) {}

  public static EventGold load(Path folder) {
    List<Item> sentences = new ArrayList<>();
    for (String[] c : EvalFiles.rows(folder.resolve("sentences.tsv"), 6)) {
      sentences.add(new Item(c[0], c[1], c[4], c[5]));
    }
    Map<String, List<Event>> events = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(folder.resolve("annotations"))) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("batch-")).sorted().toList()) {
        for (String[] c : EvalFiles.rows(file, 6)) {
          List<Event> list = events.computeIfAbsent(c[0], k -> new ArrayList<>());
          if (!c[1].equals("NONE")) {
            list.add(new Event(c[1], c[2], parts(c[3]), parts(c[4]), c[5]));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder.resolve("annotations"), e);
    }
    return new EventGold(sentences, events);
  }

  private static List<String> parts(String cell) {
    List<String> out = new ArrayList<>();
    for (String p : cell.split("\\|")) {
      if (!p.isBlank() && !p.strip().equals("-")) {
        out.add(p.strip());
      }
    }
    return out;
  }


}
