package org.diplograph.annotate;

import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * CoreNLP's dependency parser alone, for cached sentences that were not parsed when their document
 * was annotated ({@link SentenceParser}): it loads only the parser's model, run as
 * {@link AnnotatorSettings} say, so a sentence parsed late gets the parse it would have got then.
 */
public final class CoreNlpParser implements SentenceParser {
  private final Consumer<List<CoreMap>> parser;
  private final AutoCloseable owned;
  private final long loadMillis;
  private final LongAdder parseNanos = new LongAdder();

  /** The parser of the given settings, sharing one document's sentences among {@code threads} threads. */
  public CoreNlpParser(AnnotatorSettings settings, int threads) {
    long start = System.nanoTime();
    if (settings.twoGraphs()) {
      DependencyParsing parsing = new DependencyParsing(threads);
      this.parser = parsing::parse;
      this.owned = parsing;
    } else {
      Properties props = new Properties();
      props.setProperty("annotators", "depparse");
      props.setProperty("depparse.nthreads", Integer.toString(Math.max(1, threads)));
      Annotator depparse = new StanfordCoreNLP(props, false).pool.get("depparse");
      this.parser = sentences -> CoreNlpSentences.parse(depparse, sentences);
      this.owned = null;
    }
    this.loadMillis = (System.nanoTime() - start) / 1_000_000;
  }

  /** The parser of a full annotator: no model loaded twice, nothing to close. */
  CoreNlpParser(Consumer<List<CoreMap>> parser) {
    this.parser = parser;
    this.owned = null;
    this.loadMillis = 0;
  }

  @Override
  public AnnotatedDocument parse(AnnotatedDocument document, BitSet sentences) {
    long start = System.nanoTime();
    List<Sentence> out = new ArrayList<>(document.sentences());
    List<Integer> chosen = sentences.stream().filter(i -> i < out.size()).boxed().toList();
    List<CoreMap> maps = new ArrayList<>();
    for (int i : chosen) {
      maps.add(CoreNlpSentences.toCoreMap(out.get(i), document.id()));
    }
    parser.accept(maps);
    for (int k = 0; k < chosen.size(); k++) {
      int i = chosen.get(k);
      Sentence parsed = CoreNlpSentences.convert(out.get(i).index(), maps.get(k));
      out.set(i, out.get(i).withParse(parsed.basic(), parsed.enhanced()));
    }
    parseNanos.add(System.nanoTime() - start);
    return new AnnotatedDocument(document.id(), out);
  }

  @Override
  public long loadMillis() {
    return loadMillis;
  }

  @Override
  public long parseMillis() {
    return parseNanos.sum() / 1_000_000;
  }

  @Override
  public void close() {
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
