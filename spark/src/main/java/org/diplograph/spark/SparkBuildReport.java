package org.diplograph.spark;

import java.util.List;
import java.util.Locale;

/**
 * What a Spark build did: documents in the graph, how many CoreNLP annotated (the others came from
 * the cache), the files skipped with their reasons, sentences, tokens, triples (documents, events,
 * ontology), the wall time of each stage (the
 * job waits for each before starting the next) and in all.
 */
public record SparkBuildReport(int documents, long annotated, long cached, List<String> problems, long sentences,
    long tokens, long documentTriples, long eventTriples, long ontologyTriples,
    java.util.Map<String, Long> stageMillis, long millis) {

  public SparkBuildReport {
    problems = List.copyOf(problems);
    stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
  }

  /** "read 1.2 s, annotate, resolve 40.1 s, ...". */
  public String stages() {
    StringBuilder out = new StringBuilder();
    stageMillis.forEach((stage, ms) -> out.append(out.length() == 0 ? "" : ", ")
        .append(String.format(Locale.ROOT, "%s %.1f s", stage, ms / 1000.0)));
    return out.toString();
  }

  public String summary(String output) {
    return String.format(Locale.ROOT,
        "built %s in %.1f s: %d documents (%d annotated, %d from cache, %d failed), %,d sentences, %,d tokens, "
            + "%,d triples (%,d in documents, %,d in events, %,d in the ontology)",
        output, millis / 1000.0, documents, annotated, cached, problems.size(), sentences, tokens,
        documentTriples + eventTriples + ontologyTriples, documentTriples, eventTriples, ontologyTriples);
  }
}
