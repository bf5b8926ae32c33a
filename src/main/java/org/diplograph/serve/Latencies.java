package org.diplograph.serve;

import java.util.Arrays;

/** A latency distribution in nanoseconds: count and nearest-rank percentiles. */
public record Latencies(int count, long p50, long p95, long p99, long max) {

  public static Latencies of(long[] nanos) {
    if (nanos.length == 0) {
      return new Latencies(0, 0, 0, 0, 0);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latencies(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1]);
  }

  /** The smallest value with at least {@code percent}% of the values at or below it. */
  private static long rank(long[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)];
  }
}
