package org.diplograph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.evaluate.Evaluation;
import org.diplograph.evaluate.Evaluator;
import org.diplograph.evaluate.GoldStandard;
import org.diplograph.pipeline.BuildListener;
import org.diplograph.pipeline.BuildReport;
import org.diplograph.pipeline.BuildSettings;
import org.diplograph.pipeline.GraphBuild;
import org.diplograph.query.GraphQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end over the seed corpus with the real CoreNLP models: build from scratch, read the
 * written graph.ttl back strictly, and ask it the questions analysts ask, in SPARQL.
 */
@Tag("models")
class SeedCorpusIT {
  @TempDir
  static Path output;

  private static BuildReport report;
  private static Graph graph;

  @BeforeAll
  static void build() {
    BuildSettings settings = BuildSettings.builder().corpus(TestKnowledge.SEED_CORPUS).output(output)
        .ontology(TestKnowledge.ONTOLOGY).build();
    report = new GraphBuild(TestKnowledge.get(), SharedAnnotator.factory()).run(settings, BuildListener.SILENT).report();
    graph = GraphFactory.createDefaultGraph();
    RDFParser.source(output.resolve("graph.ttl")).lang(Lang.TURTLE).strict(true).checking(true).parse(graph);
  }

  private static boolean ask(String where) {
    String query = "PREFIX dg: <https://w3id.org/diplograph/ontology#>\nPREFIX id: <https://w3id.org/diplograph/id/>\n"
        + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n"
        + "PREFIX doc: <https://w3id.org/diplograph/doc/>\nASK { " + where + " }";
    try (QueryExecution q = QueryExecution.model(ModelFactory.createModelForGraph(graph)).query(query).build()) {
      return q.execAsk();
    }
  }

  @Test
  void annotatedEveryDocument() {
    assertEquals(5, report.documents());
    assertEquals(5, report.annotated());
    assertTrue(report.problems().isEmpty(), report.problems().toString());
    assertTrue(report.tokens() > 2500);
  }

  @Test
  void theGraphAnswersWhoDidWhatToWhom() {
    assertTrue(ask("id:Russia dg:reassured id:China"));
    assertTrue(ask("id:Vladimir_Putin dg:reassured id:China"));
    assertTrue(ask("id:Xi_Jinping dg:heldCallWith id:Vladimir_Putin"));
    assertTrue(ask("id:United_States dg:providedAidTo id:Ukraine"));
    assertTrue(ask("id:China dg:supports id:Russia"));
    assertTrue(ask("id:Donald_Trump dg:accused id:Volodymyr_Zelenskyy"));
    assertTrue(ask("id:Mao_Ning dg:spokespersonOf id:Ministry_of_Foreign_Affairs_of_China"));
    assertTrue(ask("id:Victor_Gao dg:affiliatedWith id:Centre_for_China_and_Globalisation"));
    assertTrue(ask("id:Sergey_Lavrov dg:foreignMinisterOf id:Russia"));
    assertTrue(ask("?m rdf:subject id:Sergey_Lavrov ; rdf:predicate dg:metWith ; rdf:object id:Wang_Yi ; "
        + "dg:eventPlace id:South_Africa ; prov:wasDerivedFrom doc:000_ef2881d829f6ae15 ; dg:modality dg:asserted"));
  }

  @Test
  void intentionsHedgesAndBoilerplateAreNoFacts() {
    assertFalse(ask("{ id:Vladimir_Putin dg:metWith id:Donald_Trump } UNION { id:Donald_Trump dg:metWith id:Vladimir_Putin }"));
    assertFalse(ask("id:China dg:attacked ?x"));
    assertFalse(ask("{ id:Kamala_Harris ?p ?o } UNION { ?s ?p id:Kamala_Harris } UNION { id:State_Bank_of_India ?p ?o }"));
  }

  @Test
  void meetsTheQualityBarOnTheGoldFile() {
    GoldStandard gold = GoldStandard.load(Path.of("src/test/resources/gold/seed-gold.tsv"),
        Path.of("src/test/resources/gold/entities.tsv"));
    Evaluation e = new Evaluator().evaluate(graph, gold);
    assertTrue(e.precision() >= 0.85, "precision " + e.precision() + "; not in gold: " + e.wrongEvents());
    assertTrue(e.recall() >= 0.80, "recall " + e.recall() + "; missed: " + e.misses());
    assertTrue(e.violations().isEmpty(), e.violations().toString());
  }

  @Test
  void everyShippedQueryRunsAndAnswers() throws IOException {
    GraphQuery query = GraphQuery.load(output.resolve("graph.ttl"));
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of("queries"))) {
      files = list.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
    }
    assertTrue(files.size() >= 6);
    for (Path file : files) {
      long rows = query.run(Files.readString(file), GraphQuery.Format.CSV, new ByteArrayOutputStream());
      assertTrue(rows > 0, file + " answered nothing");
    }
  }
}
