package org.diplograph.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.diplograph.io.AtomicFiles;
import org.diplograph.io.Tsv;

/**
 * What was last pushed where: for each endpoint, the named graphs it holds from us and their
 * hashes. Kept apart from the build manifest because a push can fail (endpoint down) after the
 * build succeeded; the next run compares against this record and retries. Deleting the file makes
 * the next run push every graph again.
 */
record PublishState(Map<String, Map<String, String>> endpoints) {
  static final String FILE = "published.tsv";

  PublishState {
    Map<String, Map<String, String>> copy = new TreeMap<>();
    endpoints.forEach((endpoint, graphs) -> copy.put(endpoint, Map.copyOf(graphs)));
    endpoints = java.util.Collections.unmodifiableMap(copy);
  }

  /** The graphs (IRI to hash) that {@code endpoint} is known to hold. */
  Map<String, String> graphs(String endpoint) {
    return endpoints.getOrDefault(endpoint, Map.of());
  }

  PublishState with(String endpoint, Map<String, String> graphs) {
    Map<String, Map<String, String>> updated = new TreeMap<>(endpoints);
    updated.put(endpoint, graphs);
    return new PublishState(updated);
  }

  static PublishState read(Path file) {
    Map<String, Map<String, String>> endpoints = new TreeMap<>();
    if (Files.isRegularFile(file)) {
      for (Tsv.Row row : Tsv.read(file, 3)) {
        endpoints.computeIfAbsent(row.get(0), k -> new TreeMap<>()).put(row.get(1), row.get(2));
      }
    }
    return new PublishState(endpoints);
  }

  void write(Path file) {
    StringBuilder text = new StringBuilder(
        "# Named graphs diplograph build --publish last pushed, per endpoint: endpoint, graph, sha-256.\n"
            + "# Delete this file to push every graph again on the next run.\n");
    endpoints.forEach((endpoint, graphs) -> new TreeMap<>(graphs).forEach((graph, hash) ->
        text.append(endpoint).append('\t').append(graph).append('\t').append(hash).append('\n')));
    AtomicFiles.write(file, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
  }
}
