package org.diplograph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.diplograph.io.AtomicFiles;

/**
 * Writes a graph in the chosen formats to one folder. RDF formats are always the complete graph;
 * the actor-graph formats (CSV, GraphML, DOT, SVG, PNG) follow the filter. Create with
 * {@link #builder()}; every file is replaced atomically.
 */
public final class Exporter {
  private final Set<ExportFormat> formats;
  private final ActorFilter filter;
  private final Path contextFile;
  private final GraphvizRenderer graphviz;
  private final String title;

  private Exporter(Builder b) {
    this.formats = EnumSet.copyOf(b.formats);
    this.filter = b.filter;
    this.contextFile = b.contextFile;
    this.graphviz = new GraphvizRenderer(b.graphvizCommand);
    this.title = b.title;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Writes every format into {@code dir}, in the order of {@link ExportFormat}. */
  public List<ExportedFile> export(GraphSource source, Path dir) {
    List<ExportedFile> written = new ArrayList<>();
    JsonLdWriter jsonLd = formats.contains(ExportFormat.JSONLD) ? JsonLdWriter.load(contextFile) : null;
    for (ExportFormat f : formats) {
      if (f.isRdf()) {
        long start = System.nanoTime();
        Path file = dir.resolve(f.fileName());
        AtomicFiles.write(file, out -> {
          switch (f) {
            case TTL -> RdfWriters.turtle(source.merged(), out);
            case NT -> RdfWriters.ntriples(source.merged(), out);
            // Without named graphs (a Turtle input) the default graph is the whole dataset.
            case TRIG -> {
              if (source.namedGraphs().isEmpty()) {
                RdfWriters.turtle(source.merged(), out);
              } else {
                RdfWriters.trig(source.namedGraphs(), out);
              }
            }
            case NQ -> {
              if (source.namedGraphs().isEmpty()) {
                RdfWriters.ntriples(source.merged(), out);
              } else {
                RdfWriters.nquads(source.namedGraphs(), out);
              }
            }
            case JSONLD -> jsonLd.write(source.merged(), out);
            case RDFXML -> RdfWriters.rdfXml(source.merged(), out);
            default -> throw new IllegalStateException(f.toString());
          }
        });
        written.add(record(f, file, start));
      }
    }
    if (formats.stream().anyMatch(ExportFormat::isActorGraph)) {
      written.addAll(exportActorGraph(new ActorGraphReader(source.merged()).read(filter), dir));
    }
    return written;
  }

  private List<ExportedFile> exportActorGraph(ActorGraph graph, Path dir) {
    List<ExportedFile> written = new ArrayList<>();
    if (formats.contains(ExportFormat.CSV)) {
      long start = System.nanoTime();
      Path csv = dir.resolve(ExportFormat.CSV.fileName());
      for (Path file : Neo4jCsvWriter.write(graph, csv.resolve("neo4j"))) {
        written.add(record(ExportFormat.CSV, file, start));
      }
      long ageStart = System.nanoTime();
      for (Path file : AgeCsvWriter.write(graph, csv.resolve("age"))) {
        written.add(record(ExportFormat.CSV, file, ageStart));
      }
    }
    if (formats.contains(ExportFormat.GRAPHML)) {
      long start = System.nanoTime();
      Path file = dir.resolve(ExportFormat.GRAPHML.fileName());
      AtomicFiles.write(file, out -> GraphmlWriter.write(graph, out));
      written.add(record(ExportFormat.GRAPHML, file, start));
    }
    boolean picture = formats.contains(ExportFormat.SVG) || formats.contains(ExportFormat.PNG);
    if (formats.contains(ExportFormat.DOT) || picture) {
      // The DOT source is written whenever a picture is asked for: it is what Graphviz draws.
      long start = System.nanoTime();
      Path dot = dir.resolve(ExportFormat.DOT.fileName());
      AtomicFiles.writeString(dot, new DotWriter(title).write(graph));
      written.add(record(ExportFormat.DOT, dot, start));
      for (ExportFormat f : List.of(ExportFormat.SVG, ExportFormat.PNG)) {
        if (formats.contains(f)) {
          long renderStart = System.nanoTime();
          Path file = dir.resolve(f.fileName());
          graphviz.render(dot, f.key(), file);
          written.add(record(f, file, renderStart));
        }
      }
    }
    return written;
  }

  private static ExportedFile record(ExportFormat format, Path file, long startNanos) {
    try {
      return new ExportedFile(format, file, Files.size(file), (System.nanoTime() - startNanos) / 1_000_000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Settings of an export; {@link #build()} checks them. */
  public static final class Builder {
    private Set<ExportFormat> formats = EnumSet.of(ExportFormat.TTL);
    private ActorFilter filter = ActorFilter.ALL;
    private Path contextFile = Path.of("ontology", "context.jsonld");
    private String graphvizCommand = "dot";
    private String title = "Diplograph actor graph";

    public Builder formats(Set<ExportFormat> value) {
      this.formats = value;
      return this;
    }

    public Builder filter(ActorFilter value) {
      this.filter = value;
      return this;
    }

    /** The JSON-LD context file (default ontology/context.jsonld). */
    public Builder context(Path value) {
      this.contextFile = value;
      return this;
    }

    /** The Graphviz program (default "dot", found on the PATH). */
    public Builder graphviz(String command) {
      this.graphvizCommand = command;
      return this;
    }

    /** The caption of the picture. */
    public Builder title(String value) {
      this.title = value;
      return this;
    }

    public Exporter build() {
      if (formats == null || formats.isEmpty()) {
        throw new IllegalArgumentException("no export format given; choose from " + ExportFormat.keys());
      }
      if (formats.contains(ExportFormat.JSONLD) && !Files.isRegularFile(contextFile)) {
        throw new IllegalArgumentException("JSON-LD context not found: " + contextFile);
      }
      return new Exporter(this);
    }
  }
}
