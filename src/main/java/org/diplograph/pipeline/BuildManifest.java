package org.diplograph.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.diplograph.graph.Vocabulary;
import org.diplograph.io.Tsv;

/**
 * What the complete build in an output folder was made from, document by document: the next build
 * compares the corpus with it to tell new, changed, unchanged and removed documents apart, and a
 * publisher compares graph hashes to push only what changed. Written with the graph files, as one
 * set (see {@link org.diplograph.io.StagedFiles}); contains no time stamps, so an unchanged build
 * leaves it byte-identical.
 *
 * @param program    the Diplograph version that built it
 * @param knowledge  fingerprint of the ontology folder (ontology, gazetteer, patterns, cleaning)
 * @param annotator  fingerprint of the annotator and its settings
 * @param events     the corpus-level events graph; null in a manifest written before events were merged
 */
public record BuildManifest(String program, String knowledge, String annotator, double minConfidence,
    GraphEntry ontology, GraphEntry events, Map<String, DocumentEntry> documents) {
  public static final String FILE = "manifest.tsv";
  private static final int FORMAT = 1;

  /** A named graph: its hash ({@link GraphHash}) and size. */
  public record GraphEntry(String hash, long triples) {}

  /** One document: where it came from, the SHA-256 of its bytes, and its graph. */
  public record DocumentEntry(String id, String source, String contentHash, GraphEntry graph) {}

  public BuildManifest {
    documents = java.util.Collections.unmodifiableMap(new TreeMap<>(documents));
  }

  /** Every named graph of the build by IRI (the ontology's, the events' and one per document), with its hash. */
  public Map<String, String> graphHashes() {
    Map<String, String> hashes = new TreeMap<>();
    hashes.put(Vocabulary.ONTOLOGY_GRAPH, ontology.hash());
    if (events != null) {
      hashes.put(Vocabulary.EVENTS_GRAPH, events.hash());
    }
    documents.values().forEach(d -> hashes.put(Vocabulary.DOC + d.id(), d.graph().hash()));
    return hashes;
  }

  public void write(OutputStream out) throws IOException {
    StringBuilder text = new StringBuilder()
        .append("# Diplograph build manifest: what the build in this folder was made from.\n")
        .append("# Replaced together with graph.ttl and graph.trig and read by the next build; do not edit.\n")
        .append("manifest\t").append(FORMAT).append('\n')
        .append("program\t").append(program).append('\n')
        .append("knowledge\t").append(knowledge).append('\n')
        .append("annotator\t").append(annotator).append('\n')
        .append("min-confidence\t").append(String.format(Locale.ROOT, "%s", minConfidence)).append('\n')
        .append("ontology\t").append(ontology.hash()).append('\t').append(ontology.triples()).append('\n');
    if (events != null) {
      text.append("events\t").append(events.hash()).append('\t').append(events.triples()).append('\n');
    }
    text
        .append("# document\tid\tsource\tcontent sha-256\tgraph sha-256\ttriples\n");
    for (DocumentEntry d : documents.values()) {
      text.append("document\t").append(d.id()).append('\t').append(d.source()).append('\t')
          .append(d.contentHash()).append('\t').append(d.graph().hash()).append('\t')
          .append(d.graph().triples()).append('\n');
    }
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The manifest in {@code folder}, or empty if there is none (a first build). Throws
   * {@link IllegalArgumentException} naming the line when the file is not a manifest we wrote.
   */
  public static Optional<BuildManifest> read(Path folder) {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Map<String, String> fields = new TreeMap<>();
    Map<String, DocumentEntry> documents = new TreeMap<>();
    GraphEntry ontology = null;
    GraphEntry events = null;
    for (Tsv.Row row : Tsv.read(file, 2)) {
      String key = row.get(0);
      switch (key) {
        case "document" -> {
          DocumentEntry d = new DocumentEntry(row.get(1), row.get(2), row.get(3),
              new GraphEntry(row.get(4), number(row, 5)));
          if (documents.put(d.id(), d) != null) {
            throw row.error("document " + d.id() + " is listed twice");
          }
        }
        case "ontology" -> ontology = new GraphEntry(row.get(1), number(row, 2));
        case "events" -> events = new GraphEntry(row.get(1), number(row, 2));
        case "manifest", "program", "knowledge", "annotator", "min-confidence" -> fields.put(key, row.get(1));
        default -> throw row.error("unknown manifest entry '" + key + "'");
      }
    }
    if (!String.valueOf(FORMAT).equals(fields.get("manifest")) || ontology == null) {
      throw new IllegalArgumentException(file + ": not a version " + FORMAT + " Diplograph manifest");
    }
    double minConfidence;
    try {
      minConfidence = Double.parseDouble(fields.getOrDefault("min-confidence", "NaN"));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ": bad min-confidence", e);
    }
    return Optional.of(new BuildManifest(fields.get("program"), fields.get("knowledge"), fields.get("annotator"),
        minConfidence, ontology, events, documents));
  }

  private static long number(Tsv.Row row, int column) {
    try {
      return Long.parseLong(row.get(column));
    } catch (NumberFormatException e) {
      throw row.error("column " + (column + 1) + " is not a number: '" + row.get(column) + "'");
    }
  }
}
