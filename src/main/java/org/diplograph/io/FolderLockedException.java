package org.diplograph.io;

import java.nio.file.Path;
import java.time.Duration;

/** Another process holds a folder's {@link FolderLock}; nothing in the folder was touched. */
public final class FolderLockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Path folder;
  private final String holder;

  public FolderLockedException(Path folder, String holder, Duration waited) {
    super(folder + " is in use by another build (" + holder + ")"
        + (waited.isZero() ? "" : String.format(java.util.Locale.ROOT, "; waited %.1f s", waited.toMillis() / 1000.0)));
    this.folder = folder;
    this.holder = holder;
  }

  public Path folder() {
    return folder;
  }

  public String holder() {
    return holder;
  }
}
