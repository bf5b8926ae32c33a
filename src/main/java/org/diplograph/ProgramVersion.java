package org.diplograph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of Diplograph that is running, as Maven wrote it into {@code version.properties}.
 * Annotations and manifests record it, so that a new release re-does what older code produced.
 */
public final class ProgramVersion {
  private static final String VERSION = load();

  private ProgramVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = ProgramVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the classpath; rebuild with Maven");
      }
      Properties props = new Properties();
      props.load(in);
      String version = props.getProperty("version", "");
      if (version.isBlank() || version.contains("${")) {
        throw new IllegalStateException("version.properties was not filled in by Maven: '" + version + "'");
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read version.properties", e);
    }
  }
}
