package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.diplograph.FixtureAnnotator;
import org.diplograph.SeedCorpus;
import org.diplograph.TestKnowledge;
import org.diplograph.annotate.AnnotatedDocument;
import org.diplograph.annotate.AnnotatorFactory;
import org.diplograph.annotate.ConlluCodec;
import org.diplograph.annotate.DocumentAnnotator;
import org.diplograph.annotate.ParseSelector;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.SentenceParser;
import org.diplograph.annotate.Token;
import org.diplograph.clean.CleanArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotation cache across edits of the pattern files: a build parses only the sentences the
 * rules select and marks the others in the cache; after a new trigger row selects more, the next
 * build parses just those cached sentences (no document is annotated again) and writes exactly
 * the graph a build from scratch writes.
 */
class ParseOnDemandTest {
  @TempDir
  Path dir;

  /**
   * The seed articles' stored CoreNLP annotations, served as a selective annotator would: the
   * sentences the selector leaves out come without their parse, and a parser puts it back.
   */
  static final class Annotators implements AnnotatorFactory {
    final AtomicInteger created = new AtomicInteger();
    final AtomicInteger parsers = new AtomicInteger();
    final AtomicInteger parsedLate = new AtomicInteger();

    private static AnnotatedDocument stored(String id) {
      try {
        return ConlluCodec.read(Files.readString(FixtureAnnotator.SEED.resolve(id + ".conllu")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String fingerprint() {
      return "seed-fixtures-selective";
    }

    @Override
    public DocumentAnnotator create() {
      created.incrementAndGet();
      return new DocumentAnnotator() {
        @Override
        public void annotate(List<CleanArticle> articles, Consumer<AnnotatedDocument> done,
            BiConsumer<CleanArticle, Exception> failed) {
          annotate(articles, ParseSelector.ALL, done, failed, (a, n) -> {});
        }

        @Override
        public void annotate(List<CleanArticle> articles, ParseSelector parse, Consumer<AnnotatedDocument> done,
            BiConsumer<CleanArticle, Exception> failed, BiConsumer<CleanArticle, String> notices) {
          for (CleanArticle article : articles) {
            AnnotatedDocument full = stored(article.id());
            done.accept(new AnnotatedDocument(article.id(), ParseSelectionTest.stripUnselected(full, parse).sentences()));
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

    @Override
    public Optional<SentenceParser> createParser() {
      parsers.incrementAndGet();
      return Optional.of(new SentenceParser() {
        @Override
        public AnnotatedDocument parse(AnnotatedDocument document, BitSet sentences) {
          List<Sentence> full = stored(document.id()).sentences();
          List<Sentence> out = new ArrayList<>(document.sentences());
          sentences.stream().forEach(i -> out.set(i, full.get(i)));
          parsedLate.addAndGet(sentences.cardinality());
          return new AnnotatedDocument(document.id(), out);
        }

        @Override
        public long loadMillis() {
          return 1;
        }

        @Override
        public long parseMillis() {
          return 0;
        }
      });
    }
  }

  private Path seedCorpus() {
    Path corpus = dir.resolve("corpus");
    for (int i = 0; i < 5; i++) {
      SeedCorpus.write(corpus, SeedCorpus.files().get(i).getFileName().toString(), i);
    }
    return corpus;
  }

  private static List<Path> cacheFiles(Path output) throws IOException {
    try (Stream<Path> files = Files.list(GraphBuild.cacheDir(output))) {
      return files.filter(f -> f.toString().endsWith(".conllu")).sorted().toList();
    }
  }

  /** A lemma of a noun in a cached sentence that was not parsed, and that no trigger row has. */
  private static String unparsedNoun(Path output) throws IOException {
    for (Path file : cacheFiles(output)) {
      for (Sentence s : ConlluCodec.read(Files.readString(file)).sentences()) {
        if (s.parsed()) {
          continue;
        }
        for (Token t : s.tokens()) {
          String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
          if (t.tag().equals("NN") && lemma.matches("[a-z]{4,}")
              && TestKnowledge.get().rules().triggers().forNoun(lemma).isEmpty()) {
            return lemma;
          }
        }
      }
    }
    throw new AssertionError("no unparsed sentence with a noun in the cache");
  }

  /** A copy of the ontology folder with one more trigger row. */
  private Path ontologyWithTrigger(String lemma) throws IOException {
    Path copy = dir.resolve("ontology");
    try (Stream<Path> files = Files.walk(TestKnowledge.ONTOLOGY)) {
      for (Path f : files.toList()) {
        Path target = copy.resolve(TestKnowledge.ONTOLOGY.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    Path triggers = copy.resolve("patterns/triggers.tsv");
    Files.writeString(triggers, Files.readString(triggers)
        + "Consult\t" + lemma + "\tN\tposs mod light\t@with @between\t0.6\t-\t040\tThe " + lemma + " with Russia.\t-\n");
    return copy;
  }

  private static int parsedSentences(Path output) throws IOException {
    int parsed = 0;
    for (Path file : cacheFiles(output)) {
      parsed += (int) ConlluCodec.read(Files.readString(file)).sentences().stream().filter(Sentence::parsed).count();
    }
    return parsed;
  }

  @Test
  void aNewTriggerRowParsesItsCachedSentencesWithoutAnnotatingAgain() throws IOException {
    Path corpus = seedCorpus();
    Path output = dir.resolve("out");
    Annotators annotators = new Annotators();
    BuildReport first = IncrementalBuildTest.build(corpus, output, annotators);
    assertEquals(5, first.annotated());
    assertTrue(first.parsing().parsed() < first.parsing().sentences(), "the first build parsed every sentence");
    int parsedBefore = parsedSentences(output);
    assertEquals(first.parsing().parsed(), parsedBefore);

    Knowledge edited = Knowledge.load(ontologyWithTrigger(unparsedNoun(output)));
    BuildReport second = IncrementalBuildTest.build(corpus, output, annotators, edited);
    assertEquals(0, second.annotated(), "a pattern edit re-annotated documents");
    assertEquals(1, annotators.created.get(), "the annotator was created again");
    assertEquals(1, annotators.parsers.get());
    assertTrue(second.parsing().lateSentences() > 0);
    assertEquals(annotators.parsedLate.get(), second.parsing().lateSentences());
    assertEquals(parsedBefore + second.parsing().lateSentences(), parsedSentences(output), "the cache keeps the new parses");

    Path scratch = dir.resolve("scratch");
    BuildReport fresh = IncrementalBuildTest.build(corpus, scratch, new Annotators(), edited);
    assertEquals(5, fresh.annotated());
    IncrementalBuildTest.assertSameFiles(scratch, output);

    BuildReport third = IncrementalBuildTest.build(corpus, output, annotators, edited);
    assertEquals(0, third.parsing().lateSentences());
    assertEquals(1, annotators.parsers.get(), "nothing left to parse, yet a parser was made");
    assertFalse(third.modelLoadMillis() > 0);
  }

  @Test
  void anAnnotatorThatCannotParseAloneAnnotatesTheDocumentAgain() throws IOException {
    Path corpus = seedCorpus();
    Path output = dir.resolve("out");
    Annotators selective = new Annotators();
    IncrementalBuildTest.build(corpus, output, new AnnotatorFactory() {
      @Override
      public String fingerprint() {
        return selective.fingerprint();
      }

      @Override
      public DocumentAnnotator create() {
        return selective.create();
      }
    });
    Knowledge edited = Knowledge.load(ontologyWithTrigger(unparsedNoun(output)));
    AtomicInteger created = new AtomicInteger();
    BuildReport second = IncrementalBuildTest.build(corpus, output, new AnnotatorFactory() {
      @Override
      public String fingerprint() {
        return selective.fingerprint();
      }

      @Override
      public DocumentAnnotator create() {
        created.incrementAndGet();
        return selective.create();
      }
    }, edited);
    assertEquals(1, created.get());
    assertTrue(second.annotated() >= 1 && second.annotated() < 5, "annotated: " + second.annotated());
    Path scratch = dir.resolve("scratch");
    IncrementalBuildTest.build(corpus, scratch, new Annotators(), edited);
    IncrementalBuildTest.assertSameFiles(scratch, output);
  }
}
