package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.diplograph.TestKnowledge;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;
import org.diplograph.resolve.Entity;
import org.diplograph.resolve.EntityType;
import org.diplograph.resolve.Mention;
import org.diplograph.resolve.MentionKind;
import org.junit.jupiter.api.Test;

/**
 * What extraction asks to have parsed, on hand-made sentences (words, tags and lemmas, as they are
 * before parsing) with the shipped pattern files. {@code ParseSelectionTest} checks the same
 * selector against real annotations.
 */
class ExtractionParseSelectorTest {
  private final ExtractionParseSelector selector = new ExtractionParseSelector(TestKnowledge.get().rules());

  /** "word/lemma/TAG" tokens. */
  private static Sentence sentence(int index, String... tokens) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (String t : tokens) {
      String[] p = t.split("/");
      out.add(new Token(out.size() + 1, p[0], p[1], p[2], "O", null, offset, offset + p[0].length()));
      offset += p[0].length() + 1;
    }
    return new Sentence(index, 0, offset, String.join(" ", tokens), out, List.of(), List.of(), false);
  }

  private static Mention mention(int sentence, int start, int end, MentionKind kind, EntityType type) {
    return new Mention(new Entity("E" + sentence + "_" + start, "E", type, null, null, null), kind, sentence, start, end,
        "E", 0, 1);
  }

  private BitSet select(List<Sentence> sentences, List<List<Mention>> mentions) {
    return selector.select(sentences, mentions);
  }

  @Test
  void aTriggerWordIsParsedOnlyWithARequiredWordOfItsRow() {
    // "say" is an accusation only with words like "unacceptable" (triggers.tsv)
    Sentence accusing = sentence(0, "France/France/NNP", "said/say/VBD", "it/it/PRP", "was/be/VBD",
        "unacceptable/unacceptable/JJ", "././.");
    Sentence saying = sentence(1, "France/France/NNP", "said/say/VBD", "it/it/PRP", "was/be/VBD", "late/late/JJ", "././.");
    assertEquals(List.of(0), select(List.of(accusing, saying), List.of(List.of(), List.of())).stream().boxed().toList());
  }

  @Test
  void aNounTriggerIsParsedEvenAsACapitalisedFirstWord() {
    Sentence talks = sentence(0, "Talks/Talks/NNPS", "resumed/resume/VBD", "././.");
    Sentence nothing = sentence(0, "Prices/price/NNS", "rose/rise/VBD", "././.");
    assertTrue(select(List.of(talks), List.of(List.of())).get(0));
    assertTrue(select(List.of(nothing), List.of(List.of())).isEmpty());
  }

  @Test
  void aTitleIsParsedWhenTheSentenceNamesSomeone() {
    Sentence apposition = sentence(0, "Victor/Victor/NNP", "Gao/Gao/NNP", ",/,/,", "vice/vice/NN",
        "president/president/NN", "of/of/IN", "the/the/DT", "centre/centre/NN", ",/,/,", "is/be/VBZ", "here/here/RB");
    List<Mention> person = List.of(mention(0, 1, 3, MentionKind.NAME, EntityType.PERSON));
    assertTrue(select(List.of(apposition), List.of(person)).get(0));
    assertTrue(select(List.of(apposition), List.of(List.of())).isEmpty(), "no name: no role to find");
    // a place is no person, whatever the corpus makes of the name
    assertTrue(select(List.of(apposition), List.of(List.of(mention(0, 1, 3, MentionKind.PLACE, EntityType.LOCATION))))
        .isEmpty());
  }

  @Test
  void aPronounLooksBackToTheSentencesThatNameAnActor() {
    Sentence before = sentence(0, "Lavrov/Lavrov/NNP", "was/be/VBD", "in/in/IN", "the/the/DT", "room/room/NN");
    Sentence empty = sentence(1, "It/it/PRP", "was/be/VBD", "late/late/JJ");
    Sentence meeting = sentence(2, "He/he/PRP", "met/meet/VBD", "Wang/Wang/NNP");
    List<Mention> lavrov = List.of(mention(0, 1, 2, MentionKind.NAME, EntityType.PERSON));
    BitSet chosen = select(List.of(before, empty, meeting), List.of(lavrov, List.of(), List.of()));
    assertEquals(List.of(0, 2), chosen.stream().boxed().toList());
    // a people ("Russians") is no antecedent of "he"
    List<Mention> people = List.of(mention(0, 1, 2, MentionKind.DEMONYM, EntityType.STATE));
    assertEquals(List.of(2), select(List.of(before, empty, meeting), List.of(people, List.of(), List.of()))
        .stream().boxed().toList());
  }

  @Test
  void theirLooksBackToSentencesWithTwoActorsOnly() {
    Sentence one = sentence(0, "Xi/Xi/NNP", "sat/sit/VBD");
    Sentence two = sentence(1, "Xi/Xi/NNP", "and/and/CC", "Putin/Putin/NNP", "smiled/smile/VBD");
    Sentence meeting = sentence(2, "Their/they/PRP$", "meeting/meeting/NN", "ended/end/VBD");
    List<Mention> xi = List.of(mention(0, 1, 2, MentionKind.NAME, EntityType.PERSON));
    List<Mention> pair = List.of(mention(1, 1, 2, MentionKind.NAME, EntityType.PERSON),
        mention(1, 3, 4, MentionKind.NAME, EntityType.PERSON));
    assertEquals(List.of(1, 2), select(List.of(one, two, meeting), List.of(xi, pair, List.of())).stream().boxed().toList());
  }

  @Test
  void aConstructionsTriggerWordIsParsed() {
    // "reaffirm" has no trigger row; constructions.semgrex starts from it
    Sentence reaffirmed = sentence(0, "Putin/Putin/NNP", "reaffirmed/reaffirm/VBD", "Russia/Russia/NNP", "'s/'s/POS",
        "commitment/commitment/NN");
    assertTrue(select(List.of(reaffirmed), List.of(List.of())).get(0));
  }

  @Test
  void aConstructionWhoseTriggerCannotBeToldMatchesAnywhere() {
    assertTrue(ExtractionParseSelector.triggerNode("{lemma:/meet|greet/}=trigger >nsubj {}=subject").isPresent());
    assertTrue(ExtractionParseSelector.triggerNode("{}=subject <nsubj ({}=trigger >obj {}=object)").isPresent());
    assertTrue(ExtractionParseSelector.triggerNode("{}=subject <nsubj =trigger").isEmpty());
  }
}
