package org.diplograph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diplograph.io.AtomicFiles;

/**
 * Renders DOT to SVG or PNG with Graphviz's {@code dot} program, a separate install (Debian package
 * {@code graphviz}). The picture goes through {@link AtomicFiles}, so a failed render leaves the
 * previous one in place.
 */
public final class GraphvizRenderer {
  public static final String INSTALL_HINT = "install Graphviz: 'sudo apt-get install graphviz' (Debian, Ubuntu),"
      + " 'sudo dnf install graphviz' (Fedora), 'brew install graphviz' (macOS), or see https://graphviz.org/download/";
  private static final long TIMEOUT_SECONDS = 300;

  private final String command;

  /** A renderer running {@code command}: "dot" to find it on the PATH, or a path to it. */
  public GraphvizRenderer(String command) {
    this.command = command;
  }

  /** Graphviz is not installed (or not where we were told). */
  public static final class MissingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingException(String command, Path dotFile) {
      super("Graphviz's '" + command + "' program was not found, so no SVG or PNG was drawn; " + INSTALL_HINT
          + ". The picture's DOT source is in " + dotFile + " (render it with: dot -Tsvg -O " + dotFile + ")");
    }
  }

  /**
   * Draws {@code dotFile} as {@code format} ("svg" or "png") into {@code target}. Graphviz writes
   * to a temporary file rather than a pipe, so the time limit holds even when it stalls mid-output.
   */
  public void render(Path dotFile, String format, Path target) {
    Path errors = null;
    Path picture = null;
    try {
      errors = Files.createTempFile("diplograph-dot", ".err");
      picture = Files.createTempFile("diplograph-dot", "." + format);
      Process process = start(List.of(command, "-T" + format, dotFile.toString()), errors, picture, dotFile);
      try {
        waitFor(process, errors);
      } finally {
        process.destroyForcibly(); // no-op once it has ended; kills it on any failure above
      }
      Path drawn = picture;
      AtomicFiles.write(target, out -> Files.copy(drawn, out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(errors);
      deleteQuietly(picture);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a temporary file; the system cleans its temp folder
      }
    }
  }

  private Process start(List<String> args, Path errorFile, Path outputFile, Path dotFile) throws IOException {
    try {
      return new ProcessBuilder(args).redirectError(errorFile.toFile()).redirectOutput(outputFile.toFile()).start();
    } catch (IOException e) {
      // ProcessBuilder says "Cannot run program" when the executable does not exist
      throw new MissingException(command, dotFile);
    }
  }

  private void waitFor(Process process, Path errorFile) throws IOException {
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("Graphviz took more than " + TIMEOUT_SECONDS + " s; filter the graph"
            + " (--relation, --document, --min-evidence) to draw fewer relations");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException("interrupted while Graphviz was drawing", e);
    }
    if (process.exitValue() != 0) {
      throw new IOException("Graphviz failed (exit " + process.exitValue() + "): "
          + Files.readString(errorFile, StandardCharsets.UTF_8).strip());
    }
  }
}
