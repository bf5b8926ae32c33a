package org.diplograph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.diplograph.annotate.AnnotatedDocument;
import org.diplograph.annotate.AnnotatorFactory;
import org.diplograph.annotate.ConlluCodec;
import org.diplograph.annotate.DocumentAnnotator;
import org.diplograph.clean.CleanArticle;

/**
 * Serves annotations CoreNLP made earlier, stored as {@code <document id>.conllu} in a folder,
 * so pipeline tests run in a second without models. {@code SeedAnnotationsIT} checks that the
 * stored seed annotations are still what CoreNLP produces.
 */
public final class FixtureAnnotator implements DocumentAnnotator {
  public static final Path SEED = Path.of("src/test/resources/annotations/seed");

  private final Path folder;

  public FixtureAnnotator(Path folder) {
    this.folder = folder;
  }

  public static AnnotatorFactory seed() {
    return factory(SEED);
  }

  public static AnnotatorFactory factory(Path folder) {
    return new AnnotatorFactory() {
      @Override
      public String fingerprint() {
        return "fixture:" + folder;
      }

      @Override
      public DocumentAnnotator create() {
        return new FixtureAnnotator(folder);
      }
    };
  }

  @Override
  public void annotate(List<CleanArticle> articles, Consumer<AnnotatedDocument> done,
      BiConsumer<CleanArticle, Exception> failed) {
    for (CleanArticle article : articles) {
      Path file = folder.resolve(article.id() + ".conllu");
      try {
        AnnotatedDocument doc = ConlluCodec.read(Files.readString(file));
        done.accept(new AnnotatedDocument(article.id(), doc.sentences()));
      } catch (IOException e) {
        failed.accept(article, new UncheckedIOException("no fixture annotation " + file, e));
      }
    }
  }

  @Override
  public String fingerprint() {
    return "fixture:" + folder;
  }

  @Override
  public long loadMillis() {
    return 0;
  }
}
