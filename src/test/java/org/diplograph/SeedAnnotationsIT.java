package org.diplograph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.annotate.AnnotatedDocument;
import org.diplograph.annotate.ConlluCodec;
import org.diplograph.clean.ArticleCleaner;
import org.diplograph.clean.CleanArticle;
import org.diplograph.corpus.Article;
import org.diplograph.corpus.CorpusReader;
import org.diplograph.corpus.TextChecks;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The stored seed annotations that model-free tests use must be what CoreNLP produces today; if
 * this fails after a CoreNLP or settings change, regenerate them with
 * {@code ./diplograph annotate}-equivalent output from a fresh build's cache.
 */
@Tag("models")
class SeedAnnotationsIT {
  @Test
  void storedSeedAnnotationsMatchCoreNlp() throws Exception {
    ArticleCleaner cleaner = new ArticleCleaner(TestKnowledge.get().boilerplate());
    List<CleanArticle> articles = new ArrayList<>();
    for (Article a : new CorpusReader(new TextChecks(2_000_000)).read(TestKnowledge.SEED_CORPUS).articles()) {
      articles.add(cleaner.clean(a));
    }
    List<AnnotatedDocument> fresh = new ArrayList<>();
    SharedAnnotator.get().annotate(articles, fresh::add, (a, e) -> {
      throw new AssertionError(a.id(), e);
    });
    for (AnnotatedDocument doc : fresh) {
      String stored = Files.readString(FixtureAnnotator.SEED.resolve(doc.id() + ".conllu"));
      assertEquals(stored, ConlluCodec.write(doc), "stored annotation of " + doc.id() + " is stale");
    }
  }
}
