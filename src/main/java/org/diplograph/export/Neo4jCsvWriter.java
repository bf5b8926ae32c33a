package org.diplograph.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.io.AtomicFiles;

/**
 * {@code nodes.csv} and {@code relationships.csv} in neo4j-admin's import header format
 * ({@code :ID}, {@code :LABEL}, {@code :START_ID}, {@code :END_ID}, {@code :TYPE}, typed property
 * columns). Node ids are the IRIs, so the files read on their own and match an RDF import of the
 * same graph. Load with {@code neo4j-admin database import full --nodes=nodes.csv
 * --relationships=relationships.csv}.
 */
final class Neo4jCsvWriter {
  static final String NODES = "nodes.csv";
  static final String RELATIONSHIPS = "relationships.csv";
  static final List<String> NODE_HEADER = List.of("iri:ID", ":LABEL", "name", "type", "wikidata", "country");
  static final List<String> RELATIONSHIP_HEADER = List.of(":START_ID", ":END_ID", ":TYPE", "relation", "label",
      "plover", "evidence:int", "asserted:int", "confidence:float", "symmetric:boolean", "documents:string[]",
      "modalities:string[]");

  private Neo4jCsvWriter() {}

  static List<Path> write(ActorGraph graph, Path dir) {
    Path nodes = dir.resolve(NODES);
    Path relationships = dir.resolve(RELATIONSHIPS);
    AtomicFiles.write(nodes, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      Csv.row(w, NODE_HEADER);
      for (ActorNode n : graph.nodes()) {
        Csv.row(w, List.of(n.iri(), String.join(";", n.classes().isEmpty() ? List.of("Entity") : n.classes()),
            n.label(), n.type(), orEmpty(n.wikidata()), orEmpty(n.country())));
      }
      w.flush();
    });
    AtomicFiles.write(relationships, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      Csv.row(w, RELATIONSHIP_HEADER);
      for (RelationEdge e : graph.edges()) {
        List<Object> row = new ArrayList<>(List.of(e.subject(), e.object(), e.type(), e.property(), e.label(),
            orEmpty(e.plover()), e.evidence(), e.asserted(), e.confidence().toPlainString(), e.symmetric()));
        row.add(e.documents());
        row.add(e.modalities());
        Csv.row(w, row);
      }
      w.flush();
    });
    return List.of(nodes, relationships);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
