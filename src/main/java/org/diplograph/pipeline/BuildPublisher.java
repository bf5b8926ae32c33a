package org.diplograph.pipeline;

import java.util.Map;
import org.apache.jena.graph.Graph;

/**
 * Somewhere a build's named graphs go once its files are in place, such as a SPARQL store. Runs
 * while the build still holds the output folder's lock, so two publications never interleave.
 * A publisher keeps its own record of what it pushed (runs can fail, or be killed, between the
 * build and the push) and sends only the graphs whose hash differs from that record.
 */
public interface BuildPublisher {
  /** Where it publishes, for messages, e.g. the endpoint URL. */
  String target();

  /**
   * Brings the target up to date with {@code namedGraphs} (IRI to graph), given their hashes
   * ({@code hashes}, same keys). Never throws for a failed push: the report says what failed.
   */
  PublishReport publish(Map<String, Graph> namedGraphs, Map<String, String> hashes, BuildListener listener);
}
