package org.diplograph.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One build per output folder; the second is told who holds it, and may wait. */
class FolderLockTest {
  @TempDir
  Path dir;

  @Test
  void secondHolderIsRefusedWithTheFirstOnesPid() {
    try (FolderLock first = FolderLock.acquire(dir, Duration.ZERO)) {
      FolderLockedException e = assertThrows(FolderLockedException.class, () -> FolderLock.acquire(dir, Duration.ZERO));
      assertTrue(e.getMessage().contains("in use by another build (pid " + ProcessHandle.current().pid() + " on "),
          e.getMessage());
      // a refused attempt must not release the holder's lock (closing any descriptor of the file would)
      assertThrows(FolderLockedException.class, () -> FolderLock.acquire(dir, Duration.ZERO));
    }
    FolderLock.acquire(dir, Duration.ZERO).close();
  }

  @Test
  void waitingHolderGetsTheLockWhenItIsReleased() throws Exception {
    FolderLock first = FolderLock.acquire(dir, Duration.ZERO);
    Thread release = new Thread(() -> {
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      first.close();
    });
    release.start();
    long start = System.nanoTime();
    try (FolderLock second = FolderLock.acquire(dir, Duration.ofSeconds(20))) {
      assertTrue(System.nanoTime() - start < 10_000_000_000L);
    }
    release.join();
  }

  @Test
  void waitTimesOut() {
    try (FolderLock first = FolderLock.acquire(dir, Duration.ZERO)) {
      FolderLockedException e = assertThrows(FolderLockedException.class,
          () -> FolderLock.acquire(dir, Duration.ofMillis(400)));
      assertTrue(e.getMessage().contains("waited 0.4 s"), e.getMessage());
    }
  }
}
