package org.diplograph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A TDB2 database holding the knowledge graph as named graphs: one per document, named by its
 * IRI, plus the ontology's. {@link #replaceAll} makes it hold exactly a given set of graphs, in
 * one write transaction, so a reader sees the old graph or the new one, never half of each.
 */
public final class TdbStore implements AutoCloseable {
  private final Path dir;
  private final DatasetGraph dataset;

  private TdbStore(Path dir, DatasetGraph dataset) {
    this.dir = dir;
    this.dataset = dataset;
  }

  /** Opens the database in {@code dir}, creating it when the folder is missing or empty. */
  public static TdbStore open(Path dir) {
    if (Files.isDirectory(dir) && !isEmpty(dir) && !isTdb2(dir)) {
      throw new IllegalArgumentException(dir + " is neither empty nor a TDB2 database (no Data-NNNN folder); "
          + "choose a new folder for the store");
    }
    return connect(dir);
  }

  /** Opens an existing database; never creates one (a mistyped path must not serve an empty graph). */
  public static TdbStore openExisting(Path dir) {
    if (!Files.isDirectory(dir) || !isTdb2(dir)) {
      throw new IllegalArgumentException("no TDB2 database in " + dir + " (create one with 'diplograph load --tdb "
          + dir + "')");
    }
    return connect(dir);
  }

  private static TdbStore connect(Path dir) {
    try {
      return new TdbStore(dir, DatabaseMgr.connectDatasetGraph(dir.toString()));
    } catch (DBOpEnvException e) {
      if (String.valueOf(e.getMessage()).contains("lock")) {
        throw new StoreLockedException("the TDB2 database " + dir + " is in use by another process "
            + "(a running Fuseki or load?): " + e.getMessage(), e);
      }
      throw new StoreException("cannot open the TDB2 database " + dir + ": " + e.getMessage(), e);
    }
  }

  public Path dir() {
    return dir;
  }

  public DatasetGraph dataset() {
    return dataset;
  }

  /**
   * Makes the store hold exactly {@code graphs} (graph IRI to triples) and nothing else. Each graph
   * is brought up to date by its triple-level difference, so an unchanged document costs only its
   * comparison and TDB2's append-only files grow by what changed; graphs the source no longer has
   * and any triples in the default graph are deleted. Terms are compared as TDB2 stores them
   * (see {@link TdbTerms}).
   */
  public LoadReport replaceAll(Map<String, Graph> graphs) {
    long start = System.nanoTime();
    return Txn.calculateWrite(dataset, () -> {
      Set<Node> stale = new HashSet<>();
      dataset.listGraphNodes().forEachRemaining(stale::add);
      int added = 0;
      int replaced = 0;
      int unchanged = 0;
      long plus = 0;
      long minus = 0;
      for (var entry : graphs.entrySet()) {
        Node name = NodeFactory.createURI(entry.getKey());
        boolean existed = stale.remove(name);
        long[] diff = synchronise(name, entry.getValue());
        plus += diff[0];
        minus += diff[1];
        if (!existed) {
          added++;
        } else if (diff[0] + diff[1] > 0) {
          replaced++;
        } else {
          unchanged++;
        }
      }
      for (Node name : stale) {
        minus += dataset.getGraph(name).size();
        dataset.removeGraph(name);
      }
      Graph defaultGraph = dataset.getDefaultGraph();
      minus += defaultGraph.size();
      defaultGraph.clear();
      long quads = Iter.count(dataset.find());
      return new LoadReport(added, replaced, unchanged, stale.size(), plus, minus, quads,
          (System.nanoTime() - start) / 1_000_000);
    });
  }

  /**
   * Deletes what the stored graph has and the source lacks, then adds the reverse: {added, removed}.
   * An isomorphic graph is left alone: the ontology's blank nodes get new labels on every parse.
   */
  private long[] synchronise(Node name, Graph graph) {
    Graph stored = dataset.getGraph(name);
    Graph source = TdbTerms.asStored(graph);
    if (stored.isIsomorphicWith(source)) {
      return new long[] {0, 0};
    }
    List<Triple> gone = new ArrayList<>();
    stored.find().forEachRemaining(t -> {
      if (!source.contains(t)) {
        gone.add(t);
      }
    });
    List<Triple> fresh = new ArrayList<>();
    source.find().forEachRemaining(t -> {
      if (!stored.contains(t)) {
        fresh.add(t);
      }
    });
    gone.forEach(t -> dataset.delete(name, t.getSubject(), t.getPredicate(), t.getObject()));
    fresh.forEach(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    return new long[] {fresh.size(), gone.size()};
  }

  /**
   * Rewrites the database without the space of superseded versions (TDB2 never overwrites in place)
   * and deletes the old generation.
   */
  public void compact() {
    DatabaseMgr.compact(dataset, true);
  }

  /** The names of the graphs the store holds, for reports and tests. */
  public List<String> graphNames() {
    return Txn.calculateRead(dataset, () -> Iter.toList(Iter.map(dataset.listGraphNodes(), Node::getURI)))
        .stream().sorted().toList();
  }

  /** Releases the database and its lock, so another process (a Fuseki) may open it. */
  @Override
  public void close() {
    TDBInternal.expel(dataset);
  }

  private static boolean isTdb2(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d+"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
