package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplograph.SeedGraph;
import org.diplograph.graph.Vocabulary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreTest {
  private static final String DOC_000 = Vocabulary.DOC + "000_ef2881d829f6ae15";
  private static final String DOC_004 = Vocabulary.DOC + "004_e25c9ce347118446";

  @TempDir
  Path dir;

  private TdbStore store;

  @BeforeEach
  void open() {
    store = TdbStore.open(dir.resolve("tdb"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void loadsEachDocumentTheOntologyAndTheEventsAsTheirOwnNamedGraphs() {
    Map<String, Graph> seed = seed();
    LoadReport report = store.replaceAll(seed);
    assertEquals(new LoadReport(7, 0, 0, 0, report.triplesAdded(), 0, report.quads(), report.millis()), report);
    assertEquals(List.copyOf(seed.keySet()), store.graphNames());
    assertTrue(store.graphNames().contains(Vocabulary.ONTOLOGY_GRAPH));
    assertHolds(seed);
  }

  @Test
  void reloadingTheSameGraphChangesNothing() {
    store.replaceAll(seed());
    LoadReport again = store.replaceAll(seed());
    assertTrue(again.nothingChanged(), again.toString());
    assertEquals(7, again.unchanged());
  }

  @Test
  void reloadReplacesWhatChangedAndLeavesNothingStale() {
    store.replaceAll(seed());
    Map<String, Graph> next = seed();
    next.remove(DOC_004);
    Graph changed = GraphFactory.createDefaultGraph();
    next.get(DOC_000).find().forEachRemaining(changed::add);
    Triple title = changed.find(NodeFactory.createURI(DOC_000), Vocabulary.TITLE, Node.ANY).next();
    changed.delete(title);
    changed.add(Triple.create(title.getSubject(), title.getPredicate(), NodeFactory.createLiteralString("A new title")));
    next.put(DOC_000, changed);

    LoadReport report = store.replaceAll(next);

    assertEquals(0, report.added());
    assertEquals(1, report.replaced());
    assertEquals(5, report.unchanged());
    assertEquals(1, report.removed());
    assertEquals(1, report.triplesAdded());
    assertEquals(1 + seed().get(DOC_004).size(), report.triplesRemoved());
    assertEquals(List.copyOf(next.keySet()), store.graphNames());
    assertHolds(next);
    DatasetGraph dataset = store.dataset();
    assertTrue(Txn.calculateRead(dataset, () -> !dataset.find(NodeFactory.createURI(DOC_004), Node.ANY, Node.ANY,
        Node.ANY).hasNext()), "the removed document's graph is gone");
  }

  @Test
  void triplesOutsideTheNamedGraphsAreDeleted() {
    store.replaceAll(seed());
    DatasetGraph dataset = store.dataset();
    Txn.executeWrite(dataset, () -> dataset.getDefaultGraph().add(NodeFactory.createURI("http://example.org/s"),
        NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("stray")));
    LoadReport report = store.replaceAll(seed());
    assertEquals(1, report.triplesRemoved());
    assertTrue(Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().isEmpty()));
  }

  @Test
  void compactionKeepsTheData() {
    store.replaceAll(seed());
    store.compact();
    assertHolds(seed());
  }

  @Test
  void refusesAFolderThatIsNeitherEmptyNorAStore() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("documents"));
    Files.writeString(folder.resolve("notes.txt"), "mine");
    assertThrows(IllegalArgumentException.class, () -> TdbStore.open(folder));
    assertThrows(IllegalArgumentException.class, () -> TdbStore.openExisting(dir.resolve("missing")));
  }

  @Test
  void datasetFileRefusesTriplesOutsideNamedGraphs() {
    Path turtle = SeedGraph.output().resolve("graph.ttl");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatasetFile.namedGraphs(turtle));
    assertTrue(e.getMessage().contains("outside any named graph"), e.getMessage());
  }

  @Test
  void datasetFileReadsNQuadsAsWellAsTrig() throws IOException {
    DatasetGraph dataset = DatasetGraphFactory.create();
    seed().forEach((name, graph) -> dataset.addGraph(NodeFactory.createURI(name), graph));
    Path nquads = dir.resolve("graph.nq");
    try (var out = Files.newOutputStream(nquads)) {
      RDFDataMgr.write(out, dataset, RDFFormat.NQUADS);
    }
    assertEquals(seed().keySet(), DatasetFile.namedGraphs(nquads).keySet());
  }

  private static Map<String, Graph> seedGraphs;

  /** The seed export's graphs, read once; a fresh map each time (tests change it, not the graphs). */
  private static synchronized Map<String, Graph> seed() {
    if (seedGraphs == null) {
      seedGraphs = DatasetFile.namedGraphs(SeedGraph.output().resolve("graph.trig"));
    }
    return new TreeMap<>(seedGraphs);
  }

  private void assertHolds(Map<String, Graph> graphs) {
    DatasetGraph dataset = store.dataset();
    Txn.executeRead(dataset, () -> graphs.forEach((name, graph) -> assertTrue(
        dataset.getGraph(NodeFactory.createURI(name)).isIsomorphicWith(TdbTerms.asStored(graph)), name)));
  }
}
