package org.diplograph.export;

import java.nio.file.Path;

/** One file an export wrote: its format, where, how big, and how long it took. */
public record ExportedFile(ExportFormat format, Path path, long bytes, long millis) {}
