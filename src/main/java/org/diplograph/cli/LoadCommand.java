package org.diplograph.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.diplograph.store.DatasetFile;
import org.diplograph.store.LoadReport;
import org.diplograph.store.StoreException;
import org.diplograph.store.StoreLockedException;
import org.diplograph.store.TdbStore;

/** {@code diplograph load}: the exported graph into a TDB2 database, for Fuseki to serve. */
final class LoadCommand implements Command {
  @Override
  public String name() {
    return "load";
  }

  @Override
  public String summary() {
    return "load the built graph into a TDB2 database (one named graph per document), replacing what changed";
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(Option.builder().longOpt("tdb").hasArg().argName("DIR")
        .desc("TDB2 database folder, created when missing (default: <output>/tdb2, as in fuseki/config.ttl)").get());
    options.addOption(Option.builder().longOpt("data").hasArg().argName("FILE")
        .desc("TriG or N-Quads export to load (default: <output>/graph.trig)").get());
    CommonOptions.addOutput(options);
    options.addOption(Option.builder().longOpt("compact")
        .desc("compact the database afterwards, reclaiming the space of replaced versions").get());
    return options;
  }

  @Override
  public int run(CommandLine line, Console console) {
    Path data = line.hasOption("data") ? Path.of(line.getOptionValue("data"))
        : CommonOptions.output(line).resolve("graph.trig");
    Path tdb = tdbDir(line);
    var graphs = DatasetFile.namedGraphs(data);
    try (TdbStore store = TdbStore.open(tdb)) {
      LoadReport report = store.replaceAll(graphs);
      if (line.hasOption("compact")) {
        store.compact();
      }
      console.message(summary(data, tdb, report));
      return ExitCodes.OK;
    } catch (StoreLockedException e) {
      console.message("diplograph load: " + e.getMessage());
      return ExitCodes.LOCKED;
    } catch (StoreException e) {
      console.message("diplograph load: " + e.getMessage());
      return ExitCodes.FATAL;
    }
  }

  static Path tdbDir(CommandLine line) {
    return line.hasOption("tdb") ? Path.of(line.getOptionValue("tdb")) : CommonOptions.output(line).resolve("tdb2");
  }

  static String summary(Path data, Path tdb, LoadReport r) {
    return String.format(Locale.ROOT,
        "loaded %s into %s: %d graphs new, %d replaced, %d unchanged, %d removed (+%d/-%d triples); "
            + "%d quads in %.1f s",
        data, tdb, r.added(), r.replaced(), r.unchanged(), r.removed(), r.triplesAdded(), r.triplesRemoved(),
        r.quads(), r.millis() / 1000.0);
  }
}
