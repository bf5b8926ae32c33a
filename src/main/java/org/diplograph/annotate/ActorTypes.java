package org.diplograph.annotate;

import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;

/**
 * The three fine-grained entity types the rest of the pipeline reads, from CoreNLP's own lists and
 * with its own matching rules: COUNTRY ("U.S." is a state, not a city listed under one),
 * NATIONALITY (demonyms) and TITLE (roles). CoreNLP's fine-grained step matches 570,000 entries,
 * 530,000 of them city names, and costs more than the rest of the annotation together; these three
 * types are 41,000 entries. The lists are read from the models jar at load time and written,
 * filtered, to a temporary folder for {@link TokensRegexNERAnnotator} (nothing derived from the
 * models is shipped with Diplograph).
 */
final class ActorTypes {
  /** Changes with the types kept or the matching options: part of the annotation fingerprint. */
  static final String VERSION = "actor-types-1:COUNTRY,NATIONALITY,TITLE";

  private static final Set<String> TYPES = Set.of("COUNTRY", "NATIONALITY", "TITLE");
  private static final String LISTS = "edu/stanford/nlp/models/kbp/english/gazetteers/";

  private ActorTypes() {}

  /** The annotator; it sets those types on tokens whose current type its lists allow it to overwrite. */
  static TokensRegexNERAnnotator create() {
    try {
      Path folder = Files.createTempDirectory("diplograph-types");
      Path caseless = filtered("regexner_caseless.tab", folder);
      Path cased = filtered("regexner_cased.tab", folder);
      Properties props = new Properties();
      // The options of CoreNLP's fine-grained step (DefaultPaths.DEFAULT_KBP_TOKENSREGEX_NER_SETTINGS).
      props.setProperty("types.mapping", "ignorecase=true,validpospattern=(NN|JJ|ADD).*," + caseless + ";" + cased);
      TokensRegexNERAnnotator annotator = new TokensRegexNERAnnotator("types", props);
      Files.delete(caseless);
      Files.delete(cased);
      Files.delete(folder);
      return annotator;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the COUNTRY, NATIONALITY and TITLE lists", e);
    }
  }

  private static Path filtered(String list, Path folder) throws IOException {
    Path out = folder.resolve(list);
    try (InputStream in = ActorTypes.class.getClassLoader().getResourceAsStream(LISTS + list)) {
      if (in == null) {
        throw new IOException("the CoreNLP models jar has no " + LISTS + list);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        String line;
        while ((line = reader.readLine()) != null) {
          String[] columns = line.split("\t", 3);
          if (columns.length > 1 && TYPES.contains(columns[1])) {
            writer.write(line);
            writer.write('\n');
          }
        }
      }
    }
    return out;
  }
}
