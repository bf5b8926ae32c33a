package org.diplograph.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diplograph.annotate.AnnotatedDocument;
import org.diplograph.annotate.ConlluCodec;
import org.diplograph.annotate.Sentence;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.RelationExtractor;
import org.diplograph.resolve.EntityResolver;
import org.diplograph.resolve.ResolvedDocument;

/**
 * {@link ParseSelectionTest}'s comparison over any folder of fully parsed CoNLL-U files (the
 * annotation cache of a build made with {@code --parse-all}, say): run it after changing what
 * resolution or extraction reads of the parse. Prints the documents whose mentions, events or
 * relations change when the sentences the selection leaves out lose their parse, and the share of
 * sentences and tokens parsed; exits with status 1 if any document differs.
 *
 * <pre>
 * ./diplograph build --parse-all -c CORPUS -o /tmp/full
 * java -cp target/test-classes:target/classes:$(cat target/classpath.txt) \
 *     org.diplograph.pipeline.ParseSelectionCheck ontology /tmp/full/.cache/annotations
 * </pre>
 */
public final class ParseSelectionCheck {
  private ParseSelectionCheck() {}

  public static void main(String[] args) throws IOException {
    Knowledge knowledge = Knowledge.load(Path.of(args[0]));
    EntityResolver resolver = new EntityResolver(knowledge.gazetteer(), knowledge.names());
    RelationExtractor extractor = new RelationExtractor(knowledge.rules(), knowledge.gazetteer(), knowledge.names());
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of(args[1]))) {
      files = list.filter(f -> f.toString().endsWith(".conllu")).sorted().toList();
    }
    long tokens = 0;
    long parsedTokens = 0;
    int sentences = 0;
    int parsed = 0;
    int differing = 0;
    for (Path file : files) {
      AnnotatedDocument full = ConlluCodec.read(Files.readString(file));
      if (full.sentences().stream().anyMatch(s -> !s.parsed())) {
        System.out.println("skipped (not fully parsed): " + file.getFileName());
        continue;
      }
      AnnotatedDocument partly = ParseSelectionTest.stripUnselected(full, ParseSelection.of(knowledge, false));
      for (Sentence s : partly.sentences()) {
        sentences++;
        tokens += s.size();
        if (s.parsed()) {
          parsed++;
          parsedTokens += s.size();
        }
      }
      ResolvedDocument a = resolver.resolve(full);
      ResolvedDocument b = resolver.resolve(partly);
      Extraction x = extractor.extract(a);
      Extraction y = extractor.extract(b);
      boolean mentions = a.allMentions().equals(b.allMentions());
      boolean events = x.events().equals(y.events());
      boolean relations = x.relations().equals(y.relations());
      if (!mentions || !events || !relations) {
        differing++;
        System.out.println("differs: " + file.getFileName() + " (mentions " + (mentions ? "same" : "differ")
            + ", events " + (events ? "same" : "differ") + ", relations " + (relations ? "same" : "differ") + ")");
      }
    }
    System.out.printf(java.util.Locale.ROOT, "%d documents, %d differ; parsed %d of %d sentences, %d of %d tokens (%.1f%%)%n",
        files.size(), differing, parsed, sentences, parsedTokens, tokens, 100.0 * parsedTokens / Math.max(tokens, 1));
    System.exit(differing == 0 ? 0 : 1);
  }
}
