package org.diplograph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.diplograph.annotate.AnnotatedDocument;
import org.diplograph.annotate.AnnotatorFactory;
import org.diplograph.annotate.ConlluCodec;
import org.diplograph.annotate.DocumentAnnotator;
import org.diplograph.clean.ArticleCleaner;
import org.diplograph.clean.CleanArticle;
import org.diplograph.corpus.Article;
import org.diplograph.corpus.CorpusReader;
import org.diplograph.corpus.TextChecks;

/**
 * The five seed articles as building blocks for corpora that change between builds: copy seed
 * article {@code i} under any name ({@link #write}), and annotate with {@link Annotators}, which
 * serves the stored CoreNLP annotation of whichever seed text a document holds (whatever its
 * name), so a document can be added, renamed or "corrected" (given another seed text) without
 * models.
 */
public final class SeedCorpus {
  private SeedCorpus() {}

  /** The seed files, sorted. */
  public static List<Path> files() {
    try (Stream<Path> files = Files.list(TestKnowledge.SEED_CORPUS)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies seed article {@code index} (0-4) to {@code corpus/name}. */
  public static void write(Path corpus, String name, int index) {
    try {
      Path target = corpus.resolve(name);
      Files.createDirectories(target.getParent());
      Files.copy(files().get(index), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Annotator factory over the stored seed annotations, keyed by cleaned text; counts how often an
   * annotator was created (i.e. "models loaded") and can be slowed down per document, for tests
   * that kill a build half-way.
   */
  public static final class Annotators implements AnnotatorFactory {
    private final long millisPerDocument;
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger documents = new AtomicInteger();

    public Annotators() {
      this(0);
    }

    public Annotators(long millisPerDocument) {
      this.millisPerDocument = millisPerDocument;
    }

    @Override
    public String fingerprint() {
      return "seed-fixtures-by-text";
    }

    @Override
    public DocumentAnnotator create() {
      created.incrementAndGet();
      Map<String, Path> byText = new HashMap<>();
      ArticleCleaner cleaner = new ArticleCleaner(TestKnowledge.get().boilerplate());
      for (Article a : new CorpusReader(new TextChecks(2_000_000)).read(TestKnowledge.SEED_CORPUS).articles()) {
        byText.put(cleaner.clean(a).text(), FixtureAnnotator.SEED.resolve(a.id() + ".conllu"));
      }
      return new DocumentAnnotator() {
        @Override
        public void annotate(List<CleanArticle> articles, Consumer<AnnotatedDocument> done,
            BiConsumer<CleanArticle, Exception> failed) {
          for (CleanArticle article : articles) {
            pause();
            Path file = byText.get(article.text());
            if (file == null) {
              failed.accept(article, new IllegalStateException("no stored annotation for this text"));
              continue;
            }
            try {
              AnnotatedDocument doc = ConlluCodec.read(Files.readString(file));
              documents.incrementAndGet();
              done.accept(new AnnotatedDocument(article.id(), doc.sentences()));
            } catch (IOException e) {
              failed.accept(article, e);
            }
          }
        }

        @Override
        public String fingerprint() {
          return Annotators.this.fingerprint();
        }

        @Override
        public long loadMillis() {
          return 1;
        }
      };
    }

    private void pause() {
      if (millisPerDocument > 0) {
        try {
          Thread.sleep(millisPerDocument);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    /** How many times an annotator was created (models "loaded"). */
    public int created() {
      return created.get();
    }

    /** How many documents were annotated. */
    public int documents() {
      return documents.get();
    }
  }
}
