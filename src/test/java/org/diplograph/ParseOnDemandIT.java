package org.diplograph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.diplograph.annotate.AnnotatedDocument;
import org.diplograph.annotate.AnnotatorSettings;
import org.diplograph.annotate.ConlluCodec;
import org.diplograph.annotate.CoreNlpParser;
import org.diplograph.annotate.ParseSelector;
import org.diplograph.annotate.Sentence;
import org.diplograph.clean.ArticleCleaner;
import org.diplograph.clean.CleanArticle;
import org.diplograph.corpus.Article;
import org.diplograph.corpus.CorpusReader;
import org.diplograph.corpus.TextChecks;
import org.diplograph.pipeline.ParseSelection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The parser with real models, as builds use it: a sentence parsed later, from its cached words,
 * tags, lemmas and entity tags, gets the very parse it gets in the pipeline; and a selective
 * annotation parses exactly the selected sentences, each as the full pipeline does. The stored
 * seed annotations (made by CoreNLP's own parsing step, {@code SeedAnnotationsIT}) are the
 * reference.
 */
@Tag("models")
class ParseOnDemandIT {
  private static List<AnnotatedDocument> stored() throws Exception {
    List<AnnotatedDocument> docs = new ArrayList<>();
    for (var file : SeedCorpus.files()) {
      String id = file.getFileName().toString().replace(".txt", "");
      docs.add(ConlluCodec.read(Files.readString(FixtureAnnotator.SEED.resolve(id + ".conllu"))));
    }
    return docs;
  }

  @Test
  void aSentenceParsedFromTheCacheGetsThePipelinesParse() throws Exception {
    try (CoreNlpParser parser = new CoreNlpParser(AnnotatorSettings.diplograph(), 2)) {
      for (AnnotatedDocument doc : stored()) {
        AnnotatedDocument bare = new AnnotatedDocument(doc.id(),
            doc.sentences().stream().map(Sentence::withoutParse).toList());
        BitSet all = new BitSet();
        all.set(0, doc.sentences().size());
        assertEquals(ConlluCodec.write(doc), ConlluCodec.write(parser.parse(bare, all)), doc.id());
      }
    }
  }

  @Test
  void aSelectiveAnnotationParsesTheSelectedSentencesAsTheFullPipelineDoes() throws Exception {
    ArticleCleaner cleaner = new ArticleCleaner(TestKnowledge.get().boilerplate());
    List<CleanArticle> articles = new ArrayList<>();
    for (Article a : new CorpusReader(new TextChecks(2_000_000)).read(TestKnowledge.SEED_CORPUS).articles()) {
      articles.add(cleaner.clean(a));
    }
    ParseSelector selection = ParseSelection.of(TestKnowledge.get(), false);
    List<AnnotatedDocument> fresh = new ArrayList<>();
    SharedAnnotator.get().annotate(articles, selection, fresh::add, (a, e) -> {
      throw new AssertionError(a.id(), e);
    }, (a, n) -> {});
    int unparsed = 0;
    for (AnnotatedDocument doc : fresh) {
      AnnotatedDocument full = ConlluCodec.read(Files.readString(FixtureAnnotator.SEED.resolve(doc.id() + ".conllu")));
      BitSet chosen = selection.select(full.sentences().stream().map(Sentence::withoutParse).toList());
      for (int i = 0; i < full.sentences().size(); i++) {
        Sentence got = doc.sentences().get(i);
        assertEquals(chosen.get(i), got.parsed(), doc.id() + " sentence " + i);
        assertEquals(chosen.get(i) ? full.sentences().get(i) : full.sentences().get(i).withoutParse(), got,
            doc.id() + " sentence " + i);
        unparsed += got.parsed() ? 0 : 1;
      }
    }
    assertTrue(unparsed > 0, "every seed sentence was parsed");
    assertFalse(fresh.isEmpty());
  }
}
