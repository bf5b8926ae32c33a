package org.diplograph.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.diplograph.io.AtomicFiles;

/**
 * Apache AGE's CSV layout, which differs from Neo4j's: one file per vertex label whose first column
 * is a positive integer id ({@code load_labels_from_file}), and one file per edge label whose first
 * four columns are start id, start label, end id, end label ({@code load_edges_from_file}); every
 * other column becomes a property. Ids are numbered in IRI order, so they are stable for a given
 * graph. {@code load.sql} creates the graph and loads every file: {@code psql -v dir=$PWD -f load.sql}.
 */
final class AgeCsvWriter {
  static final String GRAPH_NAME = "diplograph";
  static final List<String> VERTEX_HEADER = List.of("id", "iri", "name", "wikidata", "country");
  static final List<String> EDGE_HEADER = List.of("start_id", "start_vertex_type", "end_id", "end_vertex_type",
      "relation", "label", "plover", "evidence", "asserted", "confidence", "symmetric", "documents", "modalities");

  private AgeCsvWriter() {}

  static List<Path> write(ActorGraph graph, Path dir) {
    Map<String, Integer> ids = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    Map<String, List<ActorNode>> byLabel = new TreeMap<>();
    int next = 1;
    for (ActorNode n : graph.nodes()) {
      ids.put(n.iri(), next++);
      labels.put(n.iri(), n.type());
      byLabel.computeIfAbsent(n.type(), k -> new ArrayList<>()).add(n);
    }
    Map<String, List<RelationEdge>> byType = new TreeMap<>();
    graph.edges().forEach(e -> byType.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(e));

    List<Path> files = new ArrayList<>();
    byLabel.forEach((label, nodes) -> files.add(file(dir.resolve(label + ".csv"), VERTEX_HEADER, nodes.stream()
        .map(n -> List.<Object>of(ids.get(n.iri()), n.iri(), n.label(), orEmpty(n.wikidata()), orEmpty(n.country())))
        .toList())));
    byType.forEach((type, edges) -> files.add(file(dir.resolve(type + ".csv"), EDGE_HEADER, edges.stream()
        .map(e -> List.<Object>of(ids.get(e.subject()), labels.get(e.subject()), ids.get(e.object()),
            labels.get(e.object()), e.property(), e.label(), orEmpty(e.plover()), e.evidence(), e.asserted(),
            e.confidence().toPlainString(), e.symmetric(), e.documents(), e.modalities()))
        .toList())));
    Path sql = dir.resolve("load.sql");
    AtomicFiles.writeString(sql, loadScript(byLabel.keySet(), byType.keySet()));
    files.add(sql);
    return files;
  }

  private static Path file(Path path, List<String> header, List<List<Object>> rows) {
    AtomicFiles.write(path, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      Csv.row(w, header);
      for (List<Object> row : rows) {
        Csv.row(w, row);
      }
      w.flush();
    });
    return path;
  }

  /** The AGE loader reads files on the database server, so the folder is a psql variable. */
  static String loadScript(Iterable<String> vertexLabels, Iterable<String> edgeLabels) {
    StringBuilder sql = new StringBuilder("""
        -- Loads the Diplograph actor graph into Apache AGE. Run from this folder, on the database server:
        --   psql -d DATABASE -v dir="$PWD" -f load.sql
        LOAD 'age';
        SET search_path = ag_catalog, "$user", public;
        SELECT create_graph('%s');
        """.formatted(GRAPH_NAME));
    for (String label : vertexLabels) {
      sql.append("SELECT create_vlabel('%s', '%s');%n".formatted(GRAPH_NAME, label));
      sql.append("SELECT load_labels_from_file('%s', '%s', :'dir' || '/%s.csv');%n".formatted(GRAPH_NAME, label, label));
    }
    for (String label : edgeLabels) {
      sql.append("SELECT create_elabel('%s', '%s');%n".formatted(GRAPH_NAME, label));
      sql.append("SELECT load_edges_from_file('%s', '%s', :'dir' || '/%s.csv');%n".formatted(GRAPH_NAME, label, label));
    }
    return sql.toString();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
