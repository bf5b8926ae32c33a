package org.diplograph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts sentences longer than a limit into pieces before tagging and parsing. A text without
 * sentence ends (a 360 KB list of words, say) is otherwise one sentence of tens of thousands of
 * tokens, which the tagger, SUTime and the parser take minutes over and may end in a
 * {@code StackOverflowError}. A cut goes after the last comma, semicolon, colon or dash in the
 * second half of the piece, else at the limit. Real news sentences are far below the limit
 * ({@link AnnotatorSettings#MAX_SENTENCE_TOKENS}), so their annotation does not change.
 */
final class LongSentences {
  /** Changes with the cutting rule: part of the annotation fingerprint. */
  static final String VERSION = "long-sentences-1";

  private static final Set<String> BREAKS = Set.of(",", ";", ":", "-", "--", "–", "—");

  private LongSentences() {}

  /** What was cut: the original sentence's length in tokens, its first character, and the pieces it became. */
  record Cut(int tokens, int begin, int pieces) {}

  /** Replaces each sentence over {@code max} tokens by pieces of at most {@code max}; returns what it cut. */
  static List<Cut> cut(Annotation document, int max) {
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (max <= 0 || sentences.stream().allMatch(s -> tokens(s).size() <= max)) {
      return List.of();
    }
    String text = document.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> out = new ArrayList<>();
    List<Cut> cuts = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = tokens(sentence);
      if (tokens.size() <= max) {
        out.add(sentence);
        continue;
      }
      int tokenOffset = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
      int pieces = 0;
      for (int start = 0; start < tokens.size(); pieces++) {
        int end = cutPoint(tokens, start, max);
        out.add(piece(text, sentence, tokens.subList(start, end), tokenOffset + start));
        start = end;
      }
      cuts.add(new Cut(tokens.size(), tokens.get(0).beginPosition(), pieces));
    }
    for (int i = 0; i < out.size(); i++) {
      out.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      for (CoreLabel token : tokens(out.get(i))) {
        token.setSentIndex(i);
      }
    }
    document.set(CoreAnnotations.SentencesAnnotation.class, out);
    return cuts;
  }

  /** The end (exclusive) of the piece that starts at {@code start}. */
  static int cutPoint(List<CoreLabel> tokens, int start, int max) {
    int limit = start + max;
    if (limit >= tokens.size()) {
      return tokens.size();
    }
    for (int i = limit - 1; i >= start + max / 2; i--) {
      if (BREAKS.contains(tokens.get(i).word())) {
        return i + 1;
      }
    }
    return limit;
  }

  private static CoreMap piece(String text, CoreMap sentence, List<CoreLabel> tokens, int tokenBegin) {
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    Annotation piece = new Annotation(text.substring(begin, end));
    piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    List<CoreLabel> own = new ArrayList<>(tokens);
    piece.set(CoreAnnotations.TokensAnnotation.class, own);
    piece.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
    piece.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + own.size());
    String docId = sentence.get(CoreAnnotations.DocIDAnnotation.class);
    if (docId != null) {
      piece.set(CoreAnnotations.DocIDAnnotation.class, docId);
    }
    for (int i = 0; i < own.size(); i++) {
      own.get(i).setIndex(i + 1);
    }
    return piece;
  }

  private static List<CoreLabel> tokens(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class);
  }
}
