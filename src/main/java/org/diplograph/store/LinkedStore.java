package org.diplograph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;

/**
 * A TDB2 database reached through a symbolic link ({@code /data/graph -> /data/graph-2026-12-02}),
 * served so that moving the link to another database switches the server to it under running
 * queries: a bulk load ({@code bin/load-tdb2}) builds the new database beside the old one, a rename
 * moves the link, and readers never see an error or a half-loaded graph.
 *
 * <p>The switch is TDB2's own, the one its compaction uses: the served dataset is a
 * {@link DatasetGraphSwitchable}; in its exclusive mode (entered once the transactions running on
 * the old database have finished; new ones wait, for as long as the longest running query takes)
 * its storage is replaced by the new database's, and the old database's files are closed.
 */
public final class LinkedStore implements AutoCloseable {
  private final Path link;
  private final DatasetGraphSwitchable served;
  private Path current;
  private ScheduledExecutorService watcher;
  private String refused;

  private LinkedStore(Path link, Path current, DatasetGraphSwitchable served) {
    this.link = link;
    this.current = current;
    this.served = served;
  }

  /** Opens the database {@code link} points at now. */
  public static LinkedStore open(Path link) {
    if (!Files.isSymbolicLink(link)) {
      throw new IllegalArgumentException(link + " is not a symbolic link to a TDB2 database");
    }
    Path target = target(link);
    return new LinkedStore(link, target, switchable(TdbStore.openExisting(target).dataset()));
  }

  private static DatasetGraphSwitchable switchable(DatasetGraph dataset) {
    if (dataset instanceof DatasetGraphSwitchable s) {
      return s;
    }
    throw new IllegalStateException("not a TDB2 database: " + dataset.getClass().getName());
  }

  private static Path target(Path link) {
    try {
      return link.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot follow the link " + link, e);
    }
  }

  /** The dataset to serve: always this one object, whichever database is behind it. */
  public DatasetGraph dataset() {
    return served;
  }

  /** The database being served now. */
  public synchronized Path current() {
    return current;
  }

  /**
   * Switches to the database the link points at now, if the link was moved; returns whether it
   * switched. A link to something that is not a TDB2 database is refused and the old one kept.
   */
  public synchronized boolean refresh() {
    Path target = target(link);
    if (target.equals(current)) {
      return false;
    }
    DatasetGraphSwitchable next = switchable(TdbStore.openExisting(target).dataset());
    DatasetGraph old;
    served.startExclusiveMode();
    try {
      old = served.set(next.get());
    } finally {
      served.finishExclusiveMode();
    }
    old.close();
    current = target;
    return true;
  }

  /**
   * Looks at the link every {@code interval} on a daemon thread and switches when it moved;
   * {@code messages} hears each switch and each refused target.
   */
  public synchronized void watch(Duration interval, Consumer<String> messages) {
    if (watcher != null) {
      return;
    }
    watcher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "diplograph-store-link");
      t.setDaemon(true);
      return t;
    });
    watcher.scheduleWithFixedDelay(() -> {
      try {
        Path before = current();
        if (refresh()) {
          messages.accept("now serving " + current() + " (was " + before + ")");
        }
      } catch (RuntimeException e) {
        String why = e.getMessage();
        if (!why.equals(refused)) { // once per bad target, not at every look
          messages.accept("still serving " + current() + ", not what " + link + " points at now: " + why);
          refused = why;
        }
      }
    }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void close() {
    if (watcher != null) {
      watcher.shutdownNow();
    }
  }
}
