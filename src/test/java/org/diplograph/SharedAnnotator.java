package org.diplograph;

import org.diplograph.annotate.AnnotatorFactory;
import org.diplograph.annotate.CoreNlpAnnotator;
import org.diplograph.annotate.DocumentAnnotator;

/**
 * One CoreNLP annotator for every test of the JVM that needs models (tagged {@code models}):
 * loading them takes about 10 seconds and 1 GB, so it is done once.
 */
public final class SharedAnnotator {
  private static DocumentAnnotator annotator;

  private SharedAnnotator() {}

  public static synchronized DocumentAnnotator get() {
    if (annotator == null) {
      annotator = new CoreNlpAnnotator(Runtime.getRuntime().availableProcessors());
    }
    return annotator;
  }

  public static AnnotatorFactory factory() {
    return AnnotatorFactory.shared(get());
  }
}
