package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.diplograph.SeedCorpus;
import org.diplograph.graph.Vocabulary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --publish} against a real Fuseki (embedded, on a free port, basic authentication
 * required): after each build the store holds exactly the named graphs of {@code graph.trig},
 * reached by replacing only what changed and deleting what was withdrawn.
 */
class PublishIT {
  @TempDir
  Path dir;
  private FusekiServer server;
  private DatasetGraph store;
  private String url;

  @BeforeEach
  void startFuseki() throws Exception {
    Path users = dir.resolve("fuseki-users.properties");
    Files.writeString(users, "admin: s3cret\n");
    store = DatasetGraphFactory.createTxnMem();
    server = FusekiServer.create().port(0).loopback(true)
        .passwordFile(users.toString()).auth(AuthScheme.BASIC).serverAuthPolicy(Auth.policyAllowSpecific("admin"))
        .add("/ds", store, true)
        .build().start();
    url = "http://localhost:" + server.getHttpPort() + "/ds";
  }

  @AfterEach
  void stopFuseki() {
    server.stop();
  }

  private BuildCommandTest.Run build(Path corpus, String... more) throws Exception {
    Path passwordFile = dir.resolve("password");
    if (!Files.exists(passwordFile)) {
      Files.writeString(passwordFile, "s3cret\n");
      Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
    }
    List<String> args = new ArrayList<>(List.of("--corpus", corpus.toString(),
        "--output", dir.resolve("out").toString(), "--publish", url, "--publish-user", "admin",
        "--publish-password-file", passwordFile.toString()));
    if (!List.of(more).contains("--ontology")) {
      args.addAll(List.of("--ontology", "ontology"));
    }
    args.addAll(List.of(more));
    return BuildCommandTest.build(Map.of(), args.toArray(String[]::new));
  }

  /** The store's named graphs equal graph.trig's, graph by graph. */
  private void assertStoreMatchesOutput() {
    Dataset built = RDFDataMgr.loadDataset(dir.resolve("out/graph.trig").toString());
    Txn.executeRead(store, () -> {
      Set<String> stored = new TreeSet<>();
      store.listGraphNodes().forEachRemaining(n -> stored.add(n.getURI()));
      Set<String> expected = new TreeSet<>();
      built.asDatasetGraph().listGraphNodes().forEachRemaining(n -> expected.add(n.getURI()));
      assertEquals(expected, stored);
      for (String name : expected) {
        Graph want = built.asDatasetGraph().getGraph(NodeFactory.createURI(name));
        Graph have = store.getGraph(NodeFactory.createURI(name));
        assertTrue(want.isIsomorphicWith(have), "graph " + name + " differs in the store");
      }
    });
  }

  @Test
  void storeFollowsAddedChangedAndRemovedDocuments() throws Exception {
    Path corpus = dir.resolve("corpus");
    for (int i = 0; i < 3; i++) {
      SeedCorpus.write(corpus, "d" + i + ".txt", i);
    }
    BuildCommandTest.Run first = build(corpus);
    assertEquals(ExitCodes.OK, first.status(), first.err());
    assertTrue(first.err().contains("published to " + url + ": 5 replaced, 0 deleted"), first.err()); // 3 documents, ontology, events
    assertStoreMatchesOutput();

    BuildCommandTest.Run noop = build(corpus);
    assertTrue(noop.err().contains("published to " + url + ": 0 replaced, 0 deleted"), noop.err());

    Files.delete(corpus.resolve("d0.txt"));
    SeedCorpus.write(corpus, "d1.txt", 3);
    SeedCorpus.write(corpus, "d4.txt", 4);
    BuildCommandTest.Run second = build(corpus);
    assertEquals(ExitCodes.OK, second.status(), second.err());
    assertTrue(second.err().contains("(1 new, 1 changed, 1 unchanged, 1 removed, 0 failed)"), second.err());
    // d1 and d4 are replaced; d2's graph and the events may change too; d0 is deleted
    assertTrue(second.err().matches("(?s).*published to " + url + ": [2-4] replaced, 1 deleted.*"), second.err());
    assertStoreMatchesOutput();
    Txn.executeRead(store, () -> assertTrue(!store.containsGraph(NodeFactory.createURI(Vocabulary.DOC + "d0"))));
  }

  @Test
  void wrongPasswordFailsThePublicationNotTheBuildAndTheNextRunCatchesUp() throws Exception {
    Path corpus = dir.resolve("corpus");
    SeedCorpus.write(corpus, "d0.txt", 0);
    Files.writeString(dir.resolve("password"), "wrong\n");
    BuildCommandTest.Run refused = build(corpus);
    assertEquals(ExitCodes.PUBLISH_FAILED, refused.status(), refused.err());
    assertTrue(refused.err().contains("HTTP 401"), refused.err());
    assertTrue(Files.isRegularFile(dir.resolve("out/graph.ttl")));

    Files.writeString(dir.resolve("password"), "s3cret\n");
    BuildCommandTest.Run retried = build(corpus);
    assertEquals(ExitCodes.OK, retried.status(), retried.err());
    assertTrue(retried.err().contains("(0 new, 0 changed, 1 unchanged"), retried.err());
    assertTrue(retried.err().contains("3 replaced, 0 deleted"), retried.err()); // document, ontology, events
    assertStoreMatchesOutput();
  }

  @Test
  void changedOntologyReplacesTheOntologyGraph() throws Exception {
    Path corpus = dir.resolve("corpus");
    SeedCorpus.write(corpus, "d0.txt", 0);
    Path ontology = dir.resolve("ontology");
    try (var files = Files.walk(Path.of("ontology"))) {
      for (Path file : files.toList()) {
        Path target = ontology.resolve(Path.of("ontology").relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    assertEquals(ExitCodes.OK, build(corpus, "--ontology", ontology.toString()).status());
    Files.writeString(ontology.resolve("diplograph.ttl"),
        "\n<https://w3id.org/diplograph/ontology> <http://www.w3.org/2000/01/rdf-schema#seeAlso> <https://example.org/> .\n",
        java.nio.file.StandardOpenOption.APPEND);
    BuildCommandTest.Run again = build(corpus, "--ontology", ontology.toString());
    assertTrue(again.err().contains("the ontology folder (ontology, gazetteer, patterns or cleaning rules) changed"),
        again.err());
    assertTrue(again.err().contains("1 replaced, 0 deleted"), again.err());
    assertStoreMatchesOutput();
    Txn.executeRead(store, () -> assertTrue(store.getGraph(NodeFactory.createURI(Vocabulary.ONTOLOGY_GRAPH))
        .contains(NodeFactory.createURI(Vocabulary.ONTOLOGY_GRAPH),
            NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#seeAlso"),
            NodeFactory.createURI("https://example.org/"))));
  }

  @Test
  void publishAllPushesEveryGraphAgain() throws Exception {
    Path corpus = dir.resolve("corpus");
    SeedCorpus.write(corpus, "d0.txt", 0);
    build(corpus);
    Txn.executeWrite(store, store::clear);
    BuildCommandTest.Run again = build(corpus, "--publish-all");
    assertTrue(again.err().contains("3 replaced, 0 deleted"), again.err());
    assertStoreMatchesOutput();
  }

}
