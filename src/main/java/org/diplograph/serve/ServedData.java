package org.diplograph.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.GraphMem2;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphMapLink;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.diplograph.store.TdbStore;
import org.diplograph.store.TdbTerms;

/**
 * The dataset a server answers from, and what it holds.
 *
 * <p>Three ways to hold it, measured in issue 12 (see the README's serving section): a file
 * served read-only is read into plain hash-indexed in-memory graphs, one per named graph, with
 * the union of the named graphs <em>materialised once</em> as the default graph, so queries over
 * the default graph are plain indexed triple lookups (Jena's transactional in-memory dataset did
 * the same at four times the memory). A dynamic union default graph
 * (TDB2's {@code unionDefaultGraph}) turns every triple pattern into a quad pattern over all
 * graphs followed by a DISTINCT, and that was most of the cost. A file served with write access
 * keeps the dynamic union over an in-memory TDB2 dataset, so that writes show in the default
 * graph at once; a TDB2 store is served with its dynamic union.
 *
 * @param unionDefaultGraph queries' default graph is the union of the named graphs: true when
 *     the data has named graphs and nothing outside them (a Diplograph export or store); a plain
 *     Turtle file is served as the default graph it is
 * @param materialisedUnion the union is stored as the default graph (no dynamic union needed)
 * @param persistent changes (with write access) survive a restart: a TDB2 store, not a file
 */
public record ServedData(DatasetGraph dataset, String source, boolean persistent, boolean unionDefaultGraph,
    boolean materialisedUnion, int namedGraphs, long quads) {

  /** Reads an exported file for a read-only server: the union default graph is materialised. */
  public static ServedData fromFile(Path file) {
    return fromFile(file, 1);
  }

  /**
   * Reads an exported file for a read-only server, its documents replicated {@code scale} times
   * (see {@link Replicas}; 1 serves the file as it is), into plain in-memory graphs whose union is
   * the default graph (see {@link #fromFileCompact}): at 10x the Guardian graph it loaded in a
   * fifth of the time and took a quarter of the heap of Jena's transactional dataset
   * ({@link #fromFileTxn}), which is what lets 100x fit at all (issue 12). A {@code GRAPH ?g}
   * pattern costs more here (every named graph is visited; there is no quad index).
   */
  public static ServedData fromFile(Path file, int scale) {
    return fromFileCompact(file, scale, GraphMem2Fast::new);
  }

  /**
   * The same into Jena's transactional in-memory dataset, the union stored as its default graph:
   * what {@code serve} used before; kept for the load bench's comparison.
   */
  public static ServedData fromFileTxn(Path file, int scale) {
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    boolean union = Txn.calculateWrite(dataset, () -> {
      DatasetGraph parsed = parse(file, DatasetGraphFactory.create());
      if (!parsed.listGraphNodes().hasNext() || !parsed.getDefaultGraph().isEmpty()) {
        // Not a Diplograph export: served as stored, no union.
        parsed.find().forEachRemaining(q -> dataset.add(Quad.create(q.getGraph(), TdbTerms.asStored(q.asTriple()))));
        return false;
      }
      Replicas replicas = new Replicas(scale);
      Graph defaultGraph = dataset.getDefaultGraph();
      parsed.find().forEachRemaining(quad -> replicas.forEach(quad, copy -> {
        // Terms as TDB2 stores them ("0.90" as "0.9"), so a file and a store answer alike.
        Quad stored = Quad.create(copy.getGraph(), TdbTerms.asStored(copy.asTriple()));
        dataset.add(stored);
        defaultGraph.add(stored.asTriple());
      }));
      return true;
    });
    return Txn.calculateRead(dataset, () -> new ServedData(dataset, file.toString(), false, union, union,
        (int) Iter.count(dataset.listGraphNodes()),
        union ? Iter.count(dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)) : Iter.count(dataset.find())));
  }

  /**
   * Reads an exported file for a read-only server into plain hash-indexed graphs
   * ({@link GraphMem2}): one per document and one holding their union as the default graph. The
   * two copies share their terms. Without the transactional dataset's persistent indexes this
   * takes a fraction of the memory and answers lookups faster (measured in issue 12); it cannot be
   * written to, which a read-only server never does.
   */
  public static ServedData fromFileCompact(Path file, int scale, java.util.function.Supplier<GraphMem2> graphs) {
    DatasetGraph parsed = parse(file, DatasetGraphFactory.create());
    if (!parsed.listGraphNodes().hasNext() || !parsed.getDefaultGraph().isEmpty()) {
      // Not a Diplograph export: served as stored, no union.
      return fromFileTxn(file, scale);
    }
    Graph union = graphs.get();
    DatasetGraph dataset = new DatasetGraphMapLink(union);
    java.util.Map<Node, Graph> named = new java.util.HashMap<>();
    Replicas replicas = new Replicas(scale);
    parsed.find().forEachRemaining(quad -> replicas.forEach(quad, copy -> {
      // Terms as TDB2 stores them ("0.90" as "0.9"), so a file and a store answer alike.
      Triple stored = TdbTerms.asStored(copy.asTriple());
      named.computeIfAbsent(copy.getGraph(), g -> graphs.get()).add(stored);
      union.add(stored);
    }));
    parsed.clear();
    named.forEach(dataset::addGraph);
    long quads = named.values().stream().mapToLong(Graph::size).sum();
    return new ServedData(dataset, file.toString(), false, true, true, named.size(), quads);
  }

  /**
   * Reads an exported file into an in-memory TDB2 dataset, queried through a dynamic union
   * default graph: for a server with write access, whose writes must show in the union at once.
   */
  public static ServedData fromFileWritable(Path file) {
    return fromFileWritable(file, 1);
  }

  /** The same with the documents replicated {@code scale} times (for the benchmark's comparison). */
  public static ServedData fromFileWritable(Path file, int scale) {
    DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
    Txn.executeWrite(dataset, () -> {
      DatasetGraph parsed = parse(file, DatasetGraphFactory.create());
      Replicas replicas = new Replicas(scale);
      parsed.find().forEachRemaining(quad -> replicas.forEach(quad, dataset::add));
    });
    return describe(dataset, file.toString(), false);
  }

  /** Serves an existing TDB2 store (see {@code diplograph load}) through its dynamic union. */
  public static ServedData fromTdb(Path dir) {
    return describe(TdbStore.openExisting(dir).dataset(), dir + " (TDB2)", true);
  }

  /**
   * Serves the TDB2 store a symbolic link points at, switching to another when the link is moved
   * ({@link org.diplograph.store.LinkedStore}).
   */
  public static ServedData fromLinkedTdb(org.diplograph.store.LinkedStore store) {
    return describe(store.dataset(), store.current() + " (TDB2, following the link; moving it switches the store)", true);
  }

  private static DatasetGraph parse(Path file, DatasetGraph into) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("data file not found: " + file + " (run 'diplograph build' first)");
    }
    try {
      RDFParser.source(file).parse(into);
    } catch (RiotException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return into;
  }

  private static ServedData describe(DatasetGraph dataset, String source, boolean persistent) {
    return Txn.calculateRead(dataset, () -> {
      int named = (int) Iter.count(dataset.listGraphNodes());
      boolean union = named > 0 && dataset.getDefaultGraph().isEmpty();
      return new ServedData(dataset, source, persistent, union, false, named, Iter.count(dataset.find()));
    });
  }
}
