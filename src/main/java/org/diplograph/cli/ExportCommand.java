package org.diplograph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.diplograph.export.ActorFilter;
import org.diplograph.export.ExportFormat;
import org.diplograph.export.ExportedFile;
import org.diplograph.export.Exporter;
import org.diplograph.export.GraphSource;
import org.diplograph.export.GraphvizRenderer;
import org.diplograph.pipeline.BuildSettings;

/** {@code diplograph export}: the built graph in other formats, for other tools. */
final class ExportCommand implements Command {
  static final String DEFAULT_INPUT = "graph.trig";

  @Override
  public String name() {
    return "export";
  }

  @Override
  public String summary() {
    return "write the graph as ttl nt trig nq jsonld rdf (RDF), csv graphml (property graph), dot svg png (picture)";
  }

  @Override
  public String arguments() {
    return "[options] [GRAPH-FILE (default: output/graph.trig)]";
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder("f").longOpt("format").hasArg().argName("F[,F...]")
        .desc("formats to write, comma-separated, or 'all' (default: ttl): " + ExportFormat.keys()).get());
    options.addOption(Option.builder("o").longOpt("output").hasArg().argName("DIR")
        .desc("folder to write to (default: output/export)").get());
    addFilters(options);
    CommonOptions.addOntology(options);
    options.addOption(Option.builder().longOpt("title").hasArg().argName("TEXT")
        .desc("caption of the picture (default: Diplograph actor graph)").get());
    options.addOption(Option.builder().longOpt("graphviz").hasArg().argName("PROGRAM")
        .desc("Graphviz program that draws svg and png (default: dot)").get());
    return options;
  }

  static void addFilters(Options options) {
    options.addOption(Option.builder().longOpt("relation").hasArg().argName("R[,R...]")
        .desc("actor graph: only these relations, e.g. metWith,supports").get());
    options.addOption(Option.builder().longOpt("document").hasArg().argName("ID[,ID...]")
        .desc("actor graph: only mentions from these documents (ids or IRIs)").get());
    options.addOption(Option.builder().longOpt("modality").hasArg().argName("M[,M...]")
        .desc("actor graph: only mentions with these modalities (asserted, reported, hedged, intended, negated)").get());
    options.addOption(Option.builder().longOpt("min-evidence").hasArg().argName("N")
        .desc("actor graph: only relations stated by at least N mentions (default: 1)").get());
  }

  @Override
  public int run(CommandLine line, Console console) throws Exception {
    Set<ExportFormat> formats = formats(String.join(",", values(line, "format", "ttl")));
    Path input = line.getArgList().isEmpty()
        ? Path.of("output").resolve(DEFAULT_INPUT) : Path.of(line.getArgList().get(0));
    Path dir = Path.of(line.getOptionValue("output", "output/export"));
    Exporter exporter = Exporter.builder().formats(formats).filter(filter(line))
        .context(CommonOptions.ontology(line).resolve("context.jsonld"))
        .graphviz(line.getOptionValue("graphviz", "dot"))
        .title(line.getOptionValue("title", "Diplograph actor graph")).build();
    GraphSource source = GraphSource.load(input);
    try {
      report(exporter.export(source, dir), console);
    } catch (GraphvizRenderer.MissingException e) {
      console.message("diplograph export: " + e.getMessage());
      return ExitCodes.FATAL;
    }
    return ExitCodes.OK;
  }

  /** {@code build --export}: the formats, unfiltered, into {@code <output>/export}. */
  static void afterBuild(Set<ExportFormat> formats, BuildSettings settings, GraphSource source, Console console) {
    Exporter exporter = Exporter.builder().formats(formats).context(settings.ontology().resolve("context.jsonld")).build();
    report(exporter.export(source, settings.output().resolve("export")), console);
  }

  /** A misspelt format is a usage error (exit 2), reported with the list of formats. */
  static Set<ExportFormat> formats(String list) throws UsageException {
    try {
      return ExportFormat.parseList(list);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  static ActorFilter filter(CommandLine line) throws UsageException {
    try {
      return new ActorFilter(set(line, "relation"), set(line, "document"), set(line, "modality"),
          CommonOptions.intValue(line, "min-evidence", 1));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** One line per file; the many CSV files one line per folder (csv/neo4j, csv/age). */
  static void report(List<ExportedFile> files, Console console) {
    Map<Path, List<ExportedFile>> csvFolders = new LinkedHashMap<>();
    for (ExportedFile f : files) {
      if (f.format() == ExportFormat.CSV) {
        csvFolders.computeIfAbsent(f.path().getParent(), k -> new ArrayList<>()).add(f);
      } else {
        console.message(String.format(Locale.ROOT, "wrote %s (%s, %.1f kB, %d ms)", f.path(), f.format().key(),
            f.bytes() / 1024.0, f.millis()));
      }
    }
    csvFolders.forEach((dir, inDir) -> console.message(String.format(Locale.ROOT, "wrote %s/ (csv, %d files, %.1f kB, %d ms)",
        dir, inDir.size(), inDir.stream().mapToLong(ExportedFile::bytes).sum() / 1024.0,
        inDir.stream().mapToLong(ExportedFile::millis).max().orElse(0))));
  }

  private static Set<String> set(CommandLine line, String option) {
    Set<String> values = new TreeSet<>();
    for (String value : values(line, option, null)) {
      values.addAll(Arrays.asList(value.split(",")));
    }
    return values;
  }

  private static List<String> values(CommandLine line, String option, String fallback) {
    String[] given = line.getOptionValues(option);
    if (given == null) {
      return fallback == null ? List.of() : List.of(fallback);
    }
    return new ArrayList<>(Arrays.asList(given));
  }
}
