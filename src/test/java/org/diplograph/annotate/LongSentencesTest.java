package org.diplograph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongSentencesTest {
  /** A document that is one sentence of the given words, as tokenize and ssplit leave it. */
  private static Annotation oneSentence(List<String> words) {
    String text = String.join(" ", words);
    List<CoreLabel> tokens = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < words.size(); i++) {
      CoreLabel token = new CoreLabel();
      token.setWord(words.get(i));
      token.setValue(words.get(i));
      token.setBeginPosition(offset);
      token.setEndPosition(offset + words.get(i).length());
      token.setIndex(i + 1);
      tokens.add(token);
      offset += words.get(i).length() + 1;
    }
    Annotation sentence = new Annotation(text);
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    sentence.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
    sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size());
    sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, 0);
    sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, text.length());
    Annotation document = new Annotation(text);
    document.set(CoreAnnotations.TokensAnnotation.class, tokens);
    document.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(List.of(sentence)));
    return document;
  }

  private static List<String> words(int count) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      words.add("w" + i);
    }
    return words;
  }

  @Test
  void sentencesWithinTheLimitAreLeftAlone() {
    Annotation document = oneSentence(words(200));
    assertEquals(List.of(), LongSentences.cut(document, 200));
    assertEquals(1, document.get(CoreAnnotations.SentencesAnnotation.class).size());
  }

  @Test
  void aSentenceWithoutPunctuationIsCutAtTheLimit() {
    Annotation document = oneSentence(words(60_000));
    List<LongSentences.Cut> cuts = LongSentences.cut(document, 200);
    assertEquals(List.of(new LongSentences.Cut(60_000, 0, 300)), cuts);
    List<CoreMap> pieces = document.get(CoreAnnotations.SentencesAnnotation.class);
    assertEquals(300, pieces.size());
    CoreMap second = pieces.get(1);
    List<CoreLabel> tokens = second.get(CoreAnnotations.TokensAnnotation.class);
    assertEquals(200, tokens.size());
    assertEquals("w200", tokens.get(0).word());
    assertEquals(1, tokens.get(0).index());
    assertEquals(1, tokens.get(0).sentIndex());
    assertEquals(200, (int) second.get(CoreAnnotations.TokenBeginAnnotation.class));
    assertEquals(tokens.get(0).beginPosition(), (int) second.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
    assertEquals("w200 w201", second.get(CoreAnnotations.TextAnnotation.class).substring(0, 9));
  }

  @Test
  void aCutGoesAfterTheLastCommaInTheSecondHalf() {
    List<String> words = words(500);
    words.set(150, ",");
    words.set(80, ","); // first half: not used
    Annotation document = oneSentence(words);
    LongSentences.cut(document, 200);
    List<CoreMap> pieces = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreLabel> first = pieces.get(0).get(CoreAnnotations.TokensAnnotation.class);
    assertEquals(151, first.size());
    assertEquals(",", first.get(150).word());
    assertEquals(List.of(151, 200, 149), pieces.stream()
        .map(p -> p.get(CoreAnnotations.TokensAnnotation.class).size()).toList());
  }
}
