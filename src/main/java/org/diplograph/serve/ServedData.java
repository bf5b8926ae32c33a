package org.diplograph.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.diplograph.store.TdbStore;

/**
 * The dataset a server answers from, and what it holds.
 *
 * @param unionDefaultGraph queries' default graph is the union of the named graphs: true when
 *     the data has named graphs and nothing outside them (a Diplograph export or store); a plain
 *     Turtle file is served as the default graph it is
 * @param persistent changes (with write access) survive a restart: a TDB2 store, not a file
 */
public record ServedData(DatasetGraph dataset, String source, boolean persistent, boolean unionDefaultGraph,
    int namedGraphs, long quads) {

  /**
   * Reads an exported file (TriG, N-Quads, Turtle, ...) into an in-memory TDB2 dataset: the same
   * storage engine as a TDB2 store, so both sources answer queries the same way, union default
   * graph included.
   */
  public static ServedData fromFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("data file not found: " + file + " (run 'diplograph build' first)");
    }
    DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
    try {
      Txn.executeWrite(dataset, () -> RDFParser.source(file).parse(dataset));
    } catch (RiotException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return describe(dataset, file.toString(), false);
  }

  /** Serves an existing TDB2 store (see {@code diplograph load}). */
  public static ServedData fromTdb(Path dir) {
    return describe(TdbStore.openExisting(dir).dataset(), dir + " (TDB2)", true);
  }

  private static ServedData describe(DatasetGraph dataset, String source, boolean persistent) {
    return Txn.calculateRead(dataset, () -> {
      int named = (int) Iter.count(dataset.listGraphNodes());
      boolean union = named > 0 && dataset.getDefaultGraph().isEmpty();
      return new ServedData(dataset, source, persistent, union, named, Iter.count(dataset.find()));
    });
  }
}
