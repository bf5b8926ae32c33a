package org.diplograph.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.diplograph.SharedAnnotator;
import org.diplograph.TestKnowledge;
import org.diplograph.graph.Vocabulary;
import org.diplograph.io.Tsv;
import org.diplograph.pipeline.BuildListener;
import org.diplograph.pipeline.BuildSettings;
import org.diplograph.pipeline.GraphBuild;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trap sentences of issue 9 and a sentence for each rule written for them
 * ({@code src/test/resources/linking/traps.tsv}), each built as a dated document by the real
 * pipeline, as {@code ./diplograph build} builds it, and checked in the graph: which actors the
 * document has and has not, which relations, and how its names were linked.
 */
@Tag("models")
class LinkingTrapsIT {
  private static final Path TRAPS = Path.of("src/test/resources/linking/traps.tsv");

  @TempDir
  Path dir;

  @Test
  void everyTrapIsHandled() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    List<Tsv.Row> rows = Tsv.read(TRAPS, 4);
    for (Tsv.Row row : rows) {
      Files.writeString(corpus.resolve("trap-" + row.get(0) + ".txt"), "date " + row.get(1) + "\n" + row.get(2) + "\n");
    }
    Path output = dir.resolve("output");
    new GraphBuild(TestKnowledge.get(), SharedAnnotator.factory()).run(BuildSettings.builder().corpus(corpus)
        .output(output).ontology(TestKnowledge.ONTOLOGY).build(), BuildListener.SILENT);
    Model model = RDFDataMgr.loadModel(output.resolve(GraphBuild.GRAPH_FILE).toString());
    List<String> failures = new ArrayList<>();
    for (Tsv.Row row : rows) {
      for (String check : row.get(3).split(";")) {
        if (!holds(model, "trap-" + row.get(0), check.strip())) {
          failures.add(row.where() + " '" + row.get(2) + "': " + check);
        }
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " check(s) failed:\n" + String.join("\n", failures));
  }

  private static boolean holds(Model model, String doc, String check) {
    String d = "?d dcterms:identifier \"" + doc + "\" . ";
    String query;
    if (check.startsWith("link ")) {
      String[] parts = check.substring(5).split("=");
      String linked = parts[1].equals("-") ? "FILTER NOT EXISTS { ?l dg:linkedTo ?any }" : "?l dg:linkedTo id:" + parts[1] + " .";
      query = "ASK { " + d + "?l a dg:LinkingDecision ; prov:wasDerivedFrom ?d ; dg:linkedText \"" + parts[0].replace("\"", "\\\"")
          + "\" . " + linked + " }";
    } else if (check.startsWith("!")) {
      String id = "id:" + check.substring(1);
      query = "ASK { " + d + "{ " + id + " dg:mentionedIn ?d } UNION { ?m prov:wasDerivedFrom ?d ; "
          + "(rdf:subject|rdf:object|dg:source|dg:target) " + id + " } }";
      return !ask(model, query);
    } else if (check.contains(" ")) {
      String[] spo = check.split(" ");
      query = "ASK { " + d + "?m prov:wasDerivedFrom ?d ; rdf:subject id:" + spo[0] + " ; rdf:predicate dg:" + spo[1]
          + " ; rdf:object id:" + spo[2] + " }";
    } else {
      String[] idClass = check.split(":");
      query = "ASK { " + d + "id:" + idClass[0] + " dg:mentionedIn ?d ; a dg:" + idClass[1] + " }";
    }
    return ask(model, query);
  }

  private static boolean ask(Model model, String query) {
    try (QueryExecution q = QueryExecution.model(model).query(Vocabulary.SPARQL_PREFIXES + query).build()) {
      return q.execAsk();
    }
  }
}
