package org.diplograph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The three fine-grained entity types the rest of the pipeline reads, from CoreNLP's own lists:
 * COUNTRY ("U.S." is a state, not a city listed under one), NATIONALITY (demonyms) and TITLE
 * (roles). CoreNLP's fine-grained step (TokensRegexNER over 570,000 entries, 530,000 of them city
 * names) costs more than the rest of the annotation together, and so does TokensRegexNER over these
 * types' 41,500 entries alone, because a few hundred of them start with a regular expression that is
 * tried at every token. Here entries are looked up by their first word, and the entries that start
 * with an expression are tried only where one expression for all of them matches the token.
 *
 * <p>The rules are TokensRegexNER's, as CoreNLP's fine-grained step sets it up: the caseless list
 * ignores case and needs one token tagged NN*, JJ* or ADD; a match applies only if every token is
 * untyped (O) or of a type its entry may overwrite, and it does not cut through an entity; of
 * overlapping matches the higher priority, then the longer one wins. The lists are read from the
 * models jar at load time; nothing derived from them is shipped.
 */
final class ActorTypes {
  /** Changes with the types kept or the matching rules: part of the annotation fingerprint. */
  static final String VERSION = "actor-types-2:COUNTRY,NATIONALITY,TITLE";

  private static final Set<String> TYPES = Set.of("COUNTRY", "NATIONALITY", "TITLE");
  private static final String LISTS = "edu/stanford/nlp/models/kbp/english/gazetteers/";
  private static final Pattern VALID_POS = Pattern.compile("(NN|JJ|ADD).*");
  private static final Pattern LITERAL = Pattern.compile("(?:[^\\[\\](){}*+?|^$\\\\.]|\\\\\\.)+");

  /** One list row: a pattern per token, the type, what it may overwrite, its priority. */
  private record Entry(Pattern[] tokens, String type, Set<String> overwritable, double priority, boolean caseless) {}

  private record Match(Entry entry, int start, int end) {}

  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
  private final List<Entry> caselessExpressionFirst = new ArrayList<>();
  private final List<Entry> casedExpressionFirst = new ArrayList<>();
  private final Pattern anyCaselessExpressionFirst;
  private final Pattern anyCasedExpressionFirst;
  private int longest;

  private ActorTypes() throws IOException {
    read("regexner_caseless.tab", true);
    read("regexner_cased.tab", false);
    anyCaselessExpressionFirst = anyFirst(caselessExpressionFirst, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    anyCasedExpressionFirst = anyFirst(casedExpressionFirst, 0);
  }

  /** One expression that matches a word wherever one of the entries' first expressions does. */
  private static Pattern anyFirst(List<Entry> entries, int flags) {
    StringBuilder any = new StringBuilder();
    for (Entry e : entries) {
      any.append(any.length() == 0 ? "" : "|").append("(?:").append(e.tokens()[0].pattern()).append(')');
    }
    return Pattern.compile(any.length() == 0 ? "(?!)" : any.toString(), flags);
  }

  static ActorTypes load() {
    try {
      return new ActorTypes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CoreNLP's COUNTRY, NATIONALITY and TITLE lists", e);
    }
  }

  private void read(String list, boolean caseless) throws IOException {
    try (InputStream in = ActorTypes.class.getClassLoader().getResourceAsStream(LISTS + list)) {
      if (in == null) {
        throw new IOException("the CoreNLP models jar has no " + LISTS + list);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String[] columns = line.split("\t");
        if (columns.length < 2 || !TYPES.contains(columns[1].trim())) {
          continue;
        }
        String[] words = columns[0].trim().split("\\s+");
        Pattern[] tokens = new Pattern[words.length];
        for (int i = 0; i < words.length; i++) {
          tokens[i] = Pattern.compile(words[i], caseless ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        }
        Set<String> overwritable = columns.length > 2 ? Set.of(columns[2].trim().split("\\s*,\\s*")) : Set.of();
        double priority = columns.length > 3 ? Double.parseDouble(columns[3].trim()) : 0;
        Entry entry = new Entry(tokens, columns[1].trim(), overwritable, priority, caseless);
        longest = Math.max(longest, words.length);
        if (LITERAL.matcher(words[0]).matches()) {
          String first = words[0].replace("\\.", ".");
          byFirstWord.computeIfAbsent(caseless ? first.toLowerCase(Locale.ROOT) : first, k -> new ArrayList<>()).add(entry);
        } else {
          (caseless ? caselessExpressionFirst : casedExpressionFirst).add(entry);
        }
      }
    }
  }

  /** Types the tokens of every sentence of the document. */
  void annotate(Annotation document) {
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      annotate(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
  }

  void annotate(List<CoreLabel> tokens) {
    List<Match> matches = new ArrayList<>();
    for (int start = 0; start < tokens.size(); start++) {
      String word = tokens.get(start).word();
      candidates(byFirstWord.get(word), tokens, start, matches);
      candidates(byFirstWord.get(word.toLowerCase(Locale.ROOT)), tokens, start, matches);
      if (anyCaselessExpressionFirst.matcher(word).matches()) {
        candidates(caselessExpressionFirst, tokens, start, matches);
      }
      if (anyCasedExpressionFirst.matcher(word).matches()) {
        candidates(casedExpressionFirst, tokens, start, matches);
      }
    }
    matches.sort(Comparator.comparingDouble((Match m) -> -m.entry().priority())
        .thenComparingInt(m -> m.start() - m.end()).thenComparingInt(Match::start));
    boolean[] taken = new boolean[tokens.size()];
    for (Match m : matches) {
      if (free(taken, m) && applies(m, tokens)) {
        for (int i = m.start(); i < m.end(); i++) {
          taken[i] = true;
          tokens.get(i).setNER(m.entry().type());
        }
      }
    }
  }

  private void candidates(List<Entry> entries, List<CoreLabel> tokens, int start, List<Match> out) {
    if (entries == null) {
      return;
    }
    for (Entry entry : entries) {
      int end = start + entry.tokens().length;
      if (end <= tokens.size() && matches(entry, tokens, start) && !out.contains(new Match(entry, start, end))) {
        out.add(new Match(entry, start, end));
      }
    }
  }

  private static boolean matches(Entry entry, List<CoreLabel> tokens, int start) {
    for (int i = 0; i < entry.tokens().length; i++) {
      if (!entry.tokens()[i].matcher(tokens.get(start + i).word()).matches()) {
        return false;
      }
    }
    return true;
  }

  private static boolean free(boolean[] taken, Match m) {
    for (int i = m.start(); i < m.end(); i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * TokensRegexNER's checks as they turn out on news text: part of speech (caseless list), and
   * every token untyped (O), of a type its entry may overwrite, or in an entity that lies wholly
   * inside a longer match ("defence" tagged ORGANIZATION in "defence secretary" becomes a TITLE;
   * "DRC" tagged ORGANIZATION stays one).
   */
  private static boolean applies(Match m, List<CoreLabel> tokens) {
    boolean posOk = !m.entry().caseless();
    for (int i = m.start(); i < m.end(); i++) {
      String tag = tokens.get(i).tag();
      posOk |= tag != null && VALID_POS.matcher(tag).matches();
      String ner = ner(tokens.get(i));
      if (!ner.equals("O") && !ner.equals(m.entry().type()) && !m.entry().overwritable().contains(ner)
          && !entityInside(tokens, i, m)) {
        return false;
      }
    }
    return posOk;
  }

  /** True if the run of tokens typed like token {@code i} lies within the match, which is longer. */
  private static boolean entityInside(List<CoreLabel> tokens, int i, Match m) {
    String ner = ner(tokens.get(i));
    int from = i;
    int to = i + 1;
    while (from > 0 && ner.equals(ner(tokens.get(from - 1)))) {
      from--;
    }
    while (to < tokens.size() && ner.equals(ner(tokens.get(to)))) {
      to++;
    }
    return from >= m.start() && to <= m.end() && to - from < m.end() - m.start();
  }

  private static String ner(CoreLabel token) {
    return token.ner() == null ? "O" : token.ner();
  }
}
