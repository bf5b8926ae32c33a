package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.diplograph.SharedAnnotator;
import org.diplograph.TestKnowledge;
import org.diplograph.io.Tsv;
import org.diplograph.pipeline.BuildListener;
import org.diplograph.pipeline.BuildSettings;
import org.diplograph.pipeline.GraphBuild;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every curated trigger row's example sentence, built with the real pipeline (CoreNLP and all),
 * must give an event of the row's PLOVER type: a row earns its place with a sentence that runs.
 * The risky words' other senses ({@code trigger-negatives.tsv}) must not. Each example of a claim of
 * responsibility ({@code responsibility.tsv}) must give an attack with a doer.
 */
@Tag("models")
class TriggerExamplesIT {
  @TempDir
  Path dir;

  @Test
  void everyCuratedRowFindsItsEventInItsExample() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Map<String, String> expected = new HashMap<>();
    Map<String, String> sentences = new HashMap<>();
    RelationCatalog catalog = TestKnowledge.get().relations();
    for (Tsv.Row row : Tsv.read(TestKnowledge.ONTOLOGY.resolve("patterns/triggers.tsv"), 9)) {
      String id = "line-" + row.where().substring(row.where().indexOf(':') + 1);
      String example = row.get(8).replaceAll("\\s*\\(.*\\)\\s*$", "");
      expected.put(id, catalog.event(row.get(0), row.where()).type().plover());
      sentences.put(id, row.where() + ": " + example);
      Files.writeString(corpus.resolve(id + ".txt"), "date 2024-05-01\n\n" + example + "\n");
    }
    Map<String, String[]> negatives = new HashMap<>();
    for (Tsv.Row row : Tsv.read(TestKnowledge.ONTOLOGY.resolve("patterns/trigger-negatives.tsv"), 4)) {
      String id = "negative-" + row.where().substring(row.where().indexOf(':') + 1);
      negatives.put(id, new String[] {row.get(0), row.get(1), row.where() + ": " + row.get(2) + " (" + row.get(3) + ")"});
      Files.writeString(corpus.resolve(id + ".txt"), "date 2024-05-01\n\n" + row.get(2) + "\n");
    }
    Map<String, String> claims = new HashMap<>();
    for (Tsv.Row row : Tsv.read(TestKnowledge.ONTOLOGY.resolve("patterns/responsibility.tsv"), 4)) {
      String id = "claim-" + row.where().substring(row.where().indexOf(':') + 1);
      claims.put(id, row.where() + ": " + row.get(3));
      Files.writeString(corpus.resolve(id + ".txt"), "date 2024-05-01\n\n" + row.get(3) + "\n");
    }
    Path output = dir.resolve("output");
    new GraphBuild(TestKnowledge.get(), SharedAnnotator.factory()).run(BuildSettings.builder().corpus(corpus)
        .output(output).ontology(TestKnowledge.ONTOLOGY).build(), BuildListener.SILENT);
    Model model = RDFDataMgr.loadModel(output.resolve(GraphBuild.GRAPH_FILE).toString());
    Set<String> found = new HashSet<>();
    String query = """
        PREFIX dg: <https://w3id.org/diplograph/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?doc ?type ?trigger WHERE { ?m a dg:EventMention ; dg:eventType ?t ; dg:trigger ?trigger ;
          prov:wasDerivedFrom ?d . ?t dg:ploverType ?type . ?d dcterms:identifier ?doc }""";
    List<String> wrong = new ArrayList<>();
    try (QueryExecution q = QueryExecution.model(model).query(query).build()) {
      q.execSelect().forEachRemaining(s -> {
        String doc = s.getLiteral("doc").getString();
        String type = s.getLiteral("type").getString();
        found.add(doc + "|" + type);
        String[] negative = negatives.get(doc);
        if (negative != null && negative[1].equals(type)
            && s.getLiteral("trigger").getString().toLowerCase(java.util.Locale.ROOT).startsWith(negative[0].substring(0, 3))) {
          wrong.add(type + " found in " + negative[2]);
        }
      });
    }
    assertTrue(wrong.isEmpty(), wrong.size() + " of " + negatives.size() + " negative examples give the event:\n"
        + String.join("\n", wrong));
    Set<String> withSource = new HashSet<>();
    String sourced = """
        PREFIX dg: <https://w3id.org/diplograph/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?doc WHERE { ?m a dg:EventMention ; dg:eventType/dg:ploverType "ASSAULT" ; dg:source ?s ;
          prov:wasDerivedFrom ?d . ?d dcterms:identifier ?doc }""";
    try (QueryExecution q = QueryExecution.model(model).query(sourced).build()) {
      q.execSelect().forEachRemaining(s -> withSource.add(s.getLiteral("doc").getString()));
    }
    List<String> unclaimed = claims.entrySet().stream().filter(e -> !withSource.contains(e.getKey()))
        .map(e -> "no attack with a doer in " + e.getValue()).sorted().toList();
    assertTrue(unclaimed.isEmpty(), String.join("\n", unclaimed));
    List<String> missing = new ArrayList<>();
    expected.forEach((id, type) -> {
      if (!found.contains(id + "|" + type)) {
        missing.add(type + " not found in " + sentences.get(id));
      }
    });
    missing.sort(null);
    assertTrue(missing.isEmpty(), missing.size() + " of " + expected.size() + " examples fail:\n" + String.join("\n", missing));
  }
}
