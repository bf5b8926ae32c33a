package org.diplograph.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exclusive use of a folder by one process: an operating-system lock on {@code <folder>/.lock}.
 * The kernel releases it when the holder exits in any way, including {@code kill -9}, so a crashed
 * build never blocks the next one. The file itself stays (deleting a lock file invites two
 * processes to lock two different files); it holds the holder's pid and start time, for the
 * message the next process prints.
 */
public final class FolderLock implements AutoCloseable {
  public static final String FILE = ".lock";
  private static final Duration POLL = Duration.ofMillis(200);
  /**
   * Folders this process has locked. The kernel's lock belongs to the process, and closing any
   * channel on the lock file releases it (POSIX), so a second attempt from this process must not
   * even open the file: it is refused here. The only static mutable state in the program, on
   * purpose: it mirrors state the operating system keeps per process.
   */
  private static final Set<Path> HELD_BY_THIS_PROCESS = ConcurrentHashMap.newKeySet();

  private final Path key;
  private final FileChannel channel;
  private final FileLock lock;

  private FolderLock(Path key, FileChannel channel, FileLock lock) {
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks the folder (creating it if needed), waiting up to {@code wait} for another holder to
   * finish; throws {@link FolderLockedException} when it does not in time.
   */
  public static FolderLock acquire(Path folder, Duration wait) {
    Path file = folder.resolve(FILE);
    try {
      Files.createDirectories(folder);
      Path key = folder.toRealPath();
      Instant deadline = Instant.now().plus(wait);
      while (true) {
        FolderLock held = tryAcquire(key, file);
        if (held != null) {
          return held;
        }
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
          throw new FolderLockedException(folder, holder(file), wait);
        }
        Thread.sleep(Math.max(1, Math.min(POLL.toMillis(), left.toMillis())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + file, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FolderLockedException(folder, holder(file), wait);
    }
  }

  /** The lock, or {@code null} when this or another process holds it. */
  private static FolderLock tryAcquire(Path key, Path file) throws IOException {
    if (!HELD_BY_THIS_PROCESS.add(key)) {
      return null;
    }
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return null;
      }
      writeHolder(channel);
      FolderLock held = new FolderLock(key, channel, lock);
      channel = null;
      return held;
    } finally {
      if (channel != null) {
        closeQuietly(channel);
        HELD_BY_THIS_PROCESS.remove(key);
      }
    }
  }

  private static void writeHolder(FileChannel channel) throws IOException {
    String text = "pid " + ProcessHandle.current().pid() + " on " + host() + " since "
        + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(false);
  }

  /** Who holds the lock, as its holder wrote it; "unknown" if it cannot be read. */
  static String holder(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      return text.isEmpty() ? "unknown" : text;
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String host() {
    String name = ManagementFactory.getRuntimeMXBean().getName(); // "pid@host" on HotSpot
    int at = name.indexOf('@');
    return at >= 0 ? name.substring(at + 1) : "this host";
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel below releases it too
    }
    closeQuietly(channel);
    HELD_BY_THIS_PROCESS.remove(key);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing left to release
      }
    }
  }
}
