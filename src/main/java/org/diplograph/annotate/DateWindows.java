package org.diplograph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Dates where they can be: CoreNLP's entity tagger with SUTime and the numeric classifiers, run
 * not over every sentence but over short windows around the words a calendar date is made of
 * ({@link DateCandidates#isCalendarWord}), on copies of their tokens. A numeric type it finds
 * (DATE with its normalized value, TIME, DURATION, NUMBER, ...) goes to the document's token if the
 * entity tagger left that token untyped, as the tagger with dates does itself.
 */
final class DateWindows {
  /**
   * Tokens either side of a calendar word. SUTime resolves a weekday by the tense of the verbs near
   * it ("said on Thursday", "is convening on Thursday"): with 3 tokens, 10 of 1,481 calendar dates of
   * 120 Guardian articles changed; with 6, none of 1,268 in 100.
   */
  static final int REACH = 6;
  private static final Set<String> NUMERIC = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
      "MONEY", "PERCENT");

  private final NERCombinerAnnotator tagger;

  DateWindows(Properties props) {
    try {
      this.tagger = new NERCombinerAnnotator(props);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the date tagger", e);
    }
  }

  void annotate(Annotation document) {
    List<CoreMap> windows = new ArrayList<>();
    List<List<CoreLabel>> originals = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int start = -1;
      int end = -1;
      for (int i = 0; i < tokens.size(); i++) {
        if (!DateCandidates.isCalendarWord(tokens.get(i).word())) {
          continue;
        }
        int from = Math.max(0, i - REACH);
        int to = Math.min(tokens.size(), i + REACH + 1);
        if (from <= end) { // overlaps the previous window of this sentence: one window
          originals.remove(originals.size() - 1);
          from = start;
        }
        originals.add(tokens.subList(from, to));
        start = from;
        end = to;
      }
    }
    if (originals.isEmpty()) {
      return;
    }
    int offset = 0;
    for (List<CoreLabel> span : originals) {
      windows.add(window(document, span, windows.size(), offset));
      offset += span.size();
    }
    Annotation part = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
    String date = document.get(CoreAnnotations.DocDateAnnotation.class);
    if (date != null) {
      part.set(CoreAnnotations.DocDateAnnotation.class, date); // relative dates are resolved against it
    }
    part.set(CoreAnnotations.SentencesAnnotation.class, windows);
    List<CoreLabel> all = new ArrayList<>();
    windows.forEach(w -> all.addAll(w.get(CoreAnnotations.TokensAnnotation.class)));
    part.set(CoreAnnotations.TokensAnnotation.class, all);
    tagger.annotate(part);
    for (int w = 0; w < windows.size(); w++) {
      List<CoreLabel> copies = windows.get(w).get(CoreAnnotations.TokensAnnotation.class);
      List<CoreLabel> tokens = originals.get(w);
      for (int i = 0; i < copies.size(); i++) {
        CoreLabel copy = copies.get(i);
        CoreLabel token = tokens.get(i);
        if (NUMERIC.contains(copy.ner()) && (token.ner() == null || token.ner().equals("O"))) {
          token.setNER(copy.ner());
          String normalized = copy.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
          if (normalized != null) {
            token.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, normalized);
          }
        }
      }
    }
  }

  /** A sentence of copies of the tokens, so that the tagger's other tags do not reach the document. */
  private static CoreMap window(Annotation document, List<CoreLabel> span, int index, int tokenOffset) {
    List<CoreLabel> copies = new ArrayList<>();
    for (int i = 0; i < span.size(); i++) {
      CoreLabel copy = new CoreLabel(span.get(i));
      copy.setIndex(i + 1);
      copy.setSentIndex(index);
      copy.setNER(null);
      copy.remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      copies.add(copy);
    }
    int begin = copies.get(0).beginPosition();
    int end = copies.get(copies.size() - 1).endPosition();
    Annotation window = new Annotation(document.get(CoreAnnotations.TextAnnotation.class).substring(begin, end));
    window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    window.set(CoreAnnotations.TokensAnnotation.class, copies);
    window.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    window.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
    window.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + copies.size());
    return window;
  }
}
