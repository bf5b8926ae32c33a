package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {
  @Test
  void nearestRankPercentiles() {
    long[] hundred = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();
    assertEquals(new Latencies(100, 50, 95, 99, 100), Latencies.of(hundred));
  }

  @Test
  void fewValues() {
    assertEquals(new Latencies(3, 20, 30, 30, 30), Latencies.of(new long[] {30, 10, 20}));
    assertEquals(new Latencies(1, 7, 7, 7, 7), Latencies.of(new long[] {7}));
    assertEquals(new Latencies(0, 0, 0, 0, 0), Latencies.of(new long[0]));
  }
}
