package org.diplograph.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a run needs, watched while it runs: the peak of each heap pool (summed: an upper bound,
 * the pools peak at different times) and the most the heap held right after a garbage collection
 * (what survived it: the live data at that moment, plus dead objects an incremental collection
 * left in the old generation). Measured in a heap the size of the launcher's default, the
 * second figure is what a build needs to fit; the collections' time says what fitting cost.
 */
final class HeapWatch implements AutoCloseable {
  private final Set<String> heapPools;
  private final AtomicLong maxAfterGc = new AtomicLong();
  private final AtomicLong gcMillis = new AtomicLong();
  private final AtomicLong fullCollections = new AtomicLong();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::collected;

  /** Starts watching from a collected heap, with the pools' peaks reset. */
  HeapWatch() {
    System.gc();
    List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
    heapPools = pools.stream().filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
        .collect(Collectors.toSet());
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
  }

  private void collected(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long after = 0;
    for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        after += pool.getValue().getUsed();
      }
    }
    maxAfterGc.accumulateAndGet(after, Math::max);
    gcMillis.addAndGet(info.getGcInfo().getDuration());
    if (info.getGcAction().contains("major")) {
      fullCollections.incrementAndGet();
    }
  }

  /** The sum of the heap pools' peaks since the start. */
  long poolPeaks() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The most the heap held right after a collection since the start (0 if none ran). */
  long maxAfterGc() {
    return maxAfterGc.get();
  }

  long gcMillis() {
    return gcMillis.get();
  }

  long fullCollections() {
    return fullCollections.get();
  }

  /** One line for the report. */
  String describe() {
    return String.format(java.util.Locale.ROOT, "%.0f MB after collections at most, %.0f MB pool peaks summed "
        + "(of %.0f MB allowed); %d full collections, %.1f s collecting", maxAfterGc() / 1e6, poolPeaks() / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6, fullCollections(), gcMillis() / 1000.0);
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // already gone
      }
    }
  }
}
