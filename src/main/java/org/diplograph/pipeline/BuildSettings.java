package org.diplograph.pipeline;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a build reads and writes, and how. Create with {@link #builder()}; {@code build()} checks
 * the values. {@code lockWait} is how long to wait for another build of the same output folder
 * to finish before giving up. {@code parseAll} parses every sentence, not only those the rules
 * read dependencies of (the graph is the same; for comparisons and for full CoNLL-U in the cache).
 */
public record BuildSettings(Path corpus, Path output, Path ontology, int threads, double minConfidence,
    long maxDocumentBytes, Duration lockWait, boolean parseAll) {

  public static Builder builder() {
    return new Builder();
  }

  /** Builder with the defaults of {@code ./diplograph build}. */
  public static final class Builder {
    private Path corpus = Path.of("corpus");
    private Path output = Path.of("output");
    private Path ontology = Path.of("ontology");
    private int threads = Runtime.getRuntime().availableProcessors();
    private double minConfidence = 0.5;
    private long maxDocumentBytes = 2_000_000;
    private Duration lockWait = Duration.ZERO;
    private boolean parseAll;

    public Builder corpus(Path value) {
      this.corpus = value;
      return this;
    }

    public Builder output(Path value) {
      this.output = value;
      return this;
    }

    public Builder ontology(Path value) {
      this.ontology = value;
      return this;
    }

    public Builder threads(int value) {
      this.threads = value;
      return this;
    }

    public Builder minConfidence(double value) {
      this.minConfidence = value;
      return this;
    }

    public Builder maxDocumentBytes(long value) {
      this.maxDocumentBytes = value;
      return this;
    }

    public Builder lockWait(Duration value) {
      this.lockWait = value;
      return this;
    }

    public Builder parseAll(boolean value) {
      this.parseAll = value;
      return this;
    }

    public BuildSettings build() {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, not " + threads);
      }
      if (!(minConfidence >= 0 && minConfidence <= 1)) { // NaN fails too
        throw new IllegalArgumentException("minimum confidence must be between 0 and 1, not " + minConfidence);
      }
      if (maxDocumentBytes < 1) {
        throw new IllegalArgumentException("maximum document size must be positive");
      }
      if (lockWait == null || lockWait.isNegative()) {
        throw new IllegalArgumentException("the time to wait for the output lock cannot be negative");
      }
      return new BuildSettings(corpus, output, ontology, threads, minConfidence, maxDocumentBytes, lockWait, parseAll);
    }
  }
}
