package org.diplograph.cli;

import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplograph.pipeline.BuildReport;

/**
 * The benchmark's comparison: throughput of the build against CoreNLP's default pipeline, and where
 * each one's time goes. Throughputs leave model loading out (it is shown apart); the build's
 * counts every stage from reading to writing, the baseline's only annotation.
 */
final class BenchTables {
  private BenchTables() {}

  static void print(Console console, BuildReport full, BaselineRun baseline) {
    PrintStream out = console.out();
    long buildMillis = Math.max(full.totalMillis() - full.modelLoadMillis(), 1);
    double buildRate = full.tokens() * 1000.0 / buildMillis;
    out.println();
    out.println("stage             wall s");
    full.stageTimes().stages().forEach((stage, millis) -> {
      String shown = stage.equals("annotate") ? "annotate (incl. model load)" : stage;
      out.printf(Locale.ROOT, "  %-28s %7.1f%n", shown, millis / 1000.0);
    });
    if (baseline == null) {
      out.printf(Locale.ROOT, "%nannotator         build s (summed over threads)%n");
      full.stageTimes().annotators().forEach((step, millis) ->
          out.printf(Locale.ROOT, "  %-16s %7.1f%n", step, millis / 1000.0));
      out.printf(Locale.ROOT, "%nthroughput        %.0f tokens/s (build, model load excluded); no baseline run%n", buildRate);
      return;
    }
    out.printf(Locale.ROOT, "%nannotator         build s   baseline s   (summed over threads)%n");
    Set<String> steps = new LinkedHashSet<>(full.stageTimes().annotators().keySet());
    steps.addAll(baseline.stepMillis().keySet());
    for (String step : steps) {
      out.printf(Locale.ROOT, "  %-16s %7s   %10s%n", step, seconds(full.stageTimes().annotators(), step),
          seconds(baseline.stepMillis(), step));
    }
    double baselineRate = baseline.tokens() * 1000.0 / Math.max(baseline.annotateMillis(), 1);
    double buildWithLoad = full.tokens() * 1000.0 / Math.max(full.totalMillis(), 1);
    double baselineWithLoad = baseline.tokens() * 1000.0
        / Math.max(baseline.annotateMillis() + baseline.loadMillis(), 1);
    out.println();
    out.printf(Locale.ROOT, "model load        build %.1f s, baseline %.1f s%n", full.modelLoadMillis() / 1000.0,
        baseline.loadMillis() / 1000.0);
    out.printf(Locale.ROOT, "baseline          CoreNLP default tokenize,ssplit,pos,lemma,ner,depparse: %d documents, "
        + "%d tokens, %.1f s annotating, %d failed%n", baseline.documents(), baseline.tokens(),
        baseline.annotateMillis() / 1000.0, baseline.failed());
    out.printf(Locale.ROOT, "throughput        build %.0f tokens/s end to end, baseline %.0f tokens/s annotating "
        + "(model load excluded)%n", buildRate, baselineRate);
    out.printf(Locale.ROOT, "ratio             %.2f x the baseline (%.2f x with model load counted)%n",
        buildRate / baselineRate, buildWithLoad / baselineWithLoad);
    out.printf(Locale.ROOT, "baseline heap     %s%n", baseline.describeHeap());
  }

  private static String seconds(Map<String, Long> millis, String step) {
    Long value = millis.get(step);
    return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value / 1000.0);
  }
}
