package org.diplograph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.diplograph.annotate.AnnotatorSettings;
import org.diplograph.annotate.CoreNlpAnnotator;
import org.diplograph.clean.ArticleCleaner;
import org.diplograph.clean.CleanArticle;
import org.diplograph.corpus.CorpusReader;
import org.diplograph.corpus.TextChecks;
import org.diplograph.pipeline.Knowledge;

/**
 * The benchmark's baseline: CoreNLP's default pipeline ({@link AnnotatorSettings#coreNlpDefault()})
 * over the documents a build reads, cleaned as a build cleans them, on the same threads. Only
 * annotation is timed: nothing is resolved, extracted or written, so the comparison flatters the
 * baseline.
 *
 * <p>It runs in a JVM of its own ({@link #inOwnJvm}): its models need about twice the heap the
 * build needs, and the build is measured in the heap it runs in ({@code bench}'s, the launcher's
 * default). The baseline's JVM first annotates the same warm-up documents as the build's, uncounted.
 */
record BaselineRun(int documents, long tokens, int failed, long loadMillis, long annotateMillis,
    Map<String, Long> stepMillis, long maxAfterGc, long poolPeaks, long maxHeap) {

  /** Runs the baseline in a new JVM with the given heap ({@code -Xmx} syntax) and reads its figures. */
  static BaselineRun inOwnJvm(Path ontology, Path corpus, long maxDocumentBytes, int threads, int warmUp, String heap)
      throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = List.of(java, "-Xmx" + heap, "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"),
        BaselineRun.class.getName(), ontology.toString(), corpus.toString(), Long.toString(maxDocumentBytes),
        Integer.toString(threads), Integer.toString(warmUp));
    Path log = Files.createTempFile("diplograph-baseline", ".log");
    try {
      Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = process.waitFor();
      if (status != 0) {
        List<String> lines = Files.readAllLines(log);
        throw new IllegalStateException("the baseline's JVM failed with status " + status + ": "
            + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
      }
      return parse(output);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** The baseline's JVM: {@code ontology corpus maxDocumentBytes threads warmUp}; prints its figures. */
  public static void main(String[] args) {
    Knowledge knowledge = Knowledge.load(Path.of(args[0]));
    Path corpus = Path.of(args[1]);
    long maxBytes = Long.parseLong(args[2]);
    int threads = Integer.parseInt(args[3]);
    warmUp(knowledge, corpus, maxBytes, threads, Integer.parseInt(args[4]), AnnotatorSettings.coreNlpDefault());
    BaselineRun run;
    try (HeapWatch heap = new HeapWatch()) {
      BaselineRun timed = run(knowledge, corpus, maxBytes, threads);
      run = new BaselineRun(timed.documents(), timed.tokens(), timed.failed(), timed.loadMillis(), timed.annotateMillis(),
          timed.stepMillis(), heap.maxAfterGc(), heap.poolPeaks(), Runtime.getRuntime().maxMemory());
    }
    System.out.print(run.format());
    System.out.flush();
    System.exit(0);
  }

  private static BaselineRun run(Knowledge knowledge, Path corpus, long maxDocumentBytes, int threads) {
    List<CleanArticle> articles = articles(knowledge, corpus, maxDocumentBytes);
    CoreNlpAnnotator.forgetLoadedModels(); // the baseline loads its own models, as a process of its own would
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(AnnotatorSettings.coreNlpDefault(), threads);
    AtomicLong tokens = new AtomicLong();
    AtomicInteger failed = new AtomicInteger();
    long start = System.nanoTime();
    annotator.annotate(articles, doc -> tokens.addAndGet(doc.tokenCount()), (article, error) -> failed.incrementAndGet());
    long annotateMillis = (System.nanoTime() - start) / 1_000_000;
    return new BaselineRun(articles.size(), tokens.get(), failed.get(), annotator.loadMillis(), annotateMillis,
        annotator.stepMillis(), 0, 0, 0);
  }

  /** Key-value lines, one per figure, {@code step.NAME} for the annotators. */
  String format() {
    StringBuilder out = new StringBuilder();
    out.append("documents=").append(documents).append('\n').append("tokens=").append(tokens).append('\n')
        .append("failed=").append(failed).append('\n').append("load=").append(loadMillis).append('\n')
        .append("annotate=").append(annotateMillis).append('\n').append("afterGc=").append(maxAfterGc).append('\n')
        .append("poolPeaks=").append(poolPeaks).append('\n').append("maxHeap=").append(maxHeap).append('\n');
    stepMillis.forEach((step, millis) -> out.append("step.").append(step).append('=').append(millis).append('\n'));
    return out.toString();
  }

  static BaselineRun parse(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Long> steps = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String key = line.substring(0, eq);
      if (key.startsWith("step.")) {
        steps.put(key.substring("step.".length()), Long.parseLong(line.substring(eq + 1).trim()));
      } else {
        values.put(key, line.substring(eq + 1).trim());
      }
    }
    for (String key : List.of("documents", "tokens", "failed", "load", "annotate", "afterGc", "poolPeaks", "maxHeap")) {
      if (!values.containsKey(key)) {
        throw new IllegalStateException("the baseline's JVM did not report '" + key + "': " + text);
      }
    }
    return new BaselineRun(Integer.parseInt(values.get("documents")), Long.parseLong(values.get("tokens")),
        Integer.parseInt(values.get("failed")), Long.parseLong(values.get("load")), Long.parseLong(values.get("annotate")),
        steps, Long.parseLong(values.get("afterGc")), Long.parseLong(values.get("poolPeaks")),
        Long.parseLong(values.get("maxHeap")));
  }

  /** The baseline's heap line. */
  String describeHeap() {
    return String.format(Locale.ROOT, "%.0f MB after collections at most, %.0f MB pool peaks summed (of %.0f MB allowed)",
        maxAfterGc / 1e6, poolPeaks / 1e6, maxHeap / 1e6);
  }

  /**
   * Annotates the first {@code count} documents (by id) with the given configuration and forgets
   * the results: the JVM compiles CoreNLP's hot code (tagger, parser) during the first documents it
   * annotates, and the measured run would pay for it. Each JVM of {@code bench} warms up its own
   * configuration on the same documents.
   */
  static int warmUp(Knowledge knowledge, Path corpus, long maxDocumentBytes, int threads, int count,
      AnnotatorSettings settings) {
    List<CleanArticle> sample = new ArrayList<>(articles(knowledge, corpus, maxDocumentBytes).stream()
        .sorted(java.util.Comparator.comparing(CleanArticle::id)).limit(count).toList());
    CoreNlpAnnotator.forgetLoadedModels();
    try (CoreNlpAnnotator annotator = new CoreNlpAnnotator(settings, threads)) {
      annotator.annotate(sample, doc -> {}, (article, error) -> {});
    }
    CoreNlpAnnotator.forgetLoadedModels();
    return sample.size();
  }

  private static List<CleanArticle> articles(Knowledge knowledge, Path corpus, long maxDocumentBytes) {
    ArticleCleaner cleaner = new ArticleCleaner(knowledge.boilerplate());
    return new CorpusReader(new TextChecks(maxDocumentBytes)).read(corpus).articles().stream()
        .map(cleaner::clean).toList();
  }
}
