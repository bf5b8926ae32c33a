package org.diplograph.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * A Bloom filter over entity ids: "no" is certain, "maybe" is wrong for about 1% of the ids not in
 * it. Built from every entity the documents mention, on the executors (one filter per partition,
 * OR-ed together), and broadcast, it tells a document's graph builder which of the ids it asks
 * about cannot have a corpus-wide description (the groups the extractor makes up, such as
 * {@code Group_Syria_MIL}), so only the others need a second round of lookups. Fixed size: about
 * 1.2 bytes per id.
 */
final class IdFilter implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int HASHES = 7;

  private final int bits;
  private final BitSet set;

  /** A filter for about {@code expected} ids, wrong for about 1% of the others. */
  IdFilter(long expected) {
    this.bits = (int) Math.min(Integer.MAX_VALUE - 64, Math.max(1024, (long) Math.ceil(expected * 9.6)));
    this.set = new BitSet(bits);
  }

  IdFilter add(String id) {
    long h = hash(id);
    int h1 = (int) h;
    int h2 = (int) (h >>> 32);
    for (int i = 1; i <= HASHES; i++) {
      set.set(Math.floorMod(h1 + i * h2, bits));
    }
    return this;
  }

  boolean mightContain(String id) {
    long h = hash(id);
    int h1 = (int) h;
    int h2 = (int) (h >>> 32);
    for (int i = 1; i <= HASHES; i++) {
      if (!set.get(Math.floorMod(h1 + i * h2, bits))) {
        return false;
      }
    }
    return true;
  }

  /** Both filters' ids in this one (they must be of one size). */
  IdFilter or(IdFilter other) {
    if (other.bits != bits) {
      throw new IllegalArgumentException("filters of different sizes");
    }
    set.or(other.set);
    return this;
  }

  /** 64-bit FNV-1a over the UTF-8 bytes, then mixed (SplitMix64's finaliser). */
  private static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      h ^= b;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93fe53ec2b9L;
    return h ^ (h >>> 33);
  }
}
