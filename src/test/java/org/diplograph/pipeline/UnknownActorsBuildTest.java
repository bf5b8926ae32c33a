package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.diplograph.FixtureAnnotator;
import org.diplograph.TestKnowledge;
import org.diplograph.graph.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Actors the gazetteer lacks, across documents of one build (src/test/resources/unknown-actors,
 * sentences written for this test, CoreNLP's annotations stored): "Kenyan lawyer John Mwangi" and,
 * in another article, "John Mwangi" are one node of Kenya; "Kenyan lawyer Peter Okello" and
 * "Ugandan lawyer Peter Okello" are two.
 */
class UnknownActorsBuildTest {
  private static final Path CASE = Path.of("src/test/resources/unknown-actors");

  @TempDir
  Path output;

  private Graph build() {
    BuildSettings settings = BuildSettings.builder().corpus(CASE.resolve("corpus")).output(output)
        .ontology(TestKnowledge.ONTOLOGY).build();
    BuildResult result = new GraphBuild(TestKnowledge.get(), FixtureAnnotator.factory(CASE.resolve("annotations")))
        .run(settings, BuildListener.SILENT);
    assertTrue(result.report().problems().isEmpty(), result.report().problems().toString());
    return result.graph();
  }

  private static Set<String> documents(Graph graph, String id) {
    Set<String> docs = new TreeSet<>();
    graph.find(Vocabulary.entity(id), Vocabulary.dg("mentionedIn"), Node.ANY)
        .forEachRemaining(t -> docs.add(t.getObject().getURI().substring(Vocabulary.DOC.length())));
    return docs;
  }

  private static String country(Graph graph, String id) {
    var it = graph.find(Vocabulary.entity(id), Vocabulary.dg("country"), Node.ANY);
    return it.hasNext() ? it.next().getObject().getURI().substring(Vocabulary.ID.length()) : null;
  }

  @Test
  void theSameNameWithCompatibleContextIsOneNodeAndWithTwoCountriesTwo() {
    Graph graph = build();
    assertEquals(Set.of("2018-05-02-a", "2018-05-03-b"), documents(graph, "John_Mwangi"));
    assertEquals("Kenya", country(graph, "John_Mwangi"));
    assertEquals(Set.of("2018-05-04-c"), documents(graph, "Peter_Okello"));
    assertEquals("Kenya", country(graph, "Peter_Okello"));
    assertEquals(Set.of("2018-05-05-d"), documents(graph, "Peter_Okello_Uganda"));
    assertEquals("Uganda", country(graph, "Peter_Okello_Uganda"));
  }
}
