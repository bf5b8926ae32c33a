package org.diplograph.spark;

import java.io.Serializable;

/**
 * What a Spark build reads and writes. {@code corpus}, {@code output} and {@code ontology} are
 * Hadoop file-system URIs or paths ({@code hdfs://…}, {@code s3a://…}, {@code file:/…}, or a plain
 * path on the default file system); {@code partitions} is how many tasks share the documents;
 * {@code threadsPerTask} the CoreNLP threads each task uses (1: Spark's parallelism is the tasks).
 */
public record SparkBuildSettings(String corpus, String output, String ontology, int partitions, int threadsPerTask,
    double minConfidence, long maxDocumentBytes) implements Serializable {

  public SparkBuildSettings {
    if (partitions < 1 || threadsPerTask < 1) {
      throw new IllegalArgumentException("partitions and threads per task must be at least 1");
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minimum confidence must be between 0 and 1, not " + minConfidence);
    }
    if (maxDocumentBytes < 1) {
      throw new IllegalArgumentException("maximum document size must be positive");
    }
  }

  /** The single-machine build's defaults (0.5, 2,000,000 bytes), one CoreNLP thread per task. */
  public static SparkBuildSettings of(String corpus, String output, String ontology, int partitions) {
    return new SparkBuildSettings(corpus, output, ontology, partitions, 1, 0.5, 2_000_000);
  }
}
