package org.diplograph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.TestKnowledge;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;
import org.junit.jupiter.api.Test;

/**
 * Where entity resolution reads the parse, told on hand-made sentences before parsing (words, tags
 * and entity tags): {@code ParseSelectionTest} checks the same on real annotations.
 */
class ResolutionParseNeedsTest {
  private final EntityResolver resolver = new EntityResolver(TestKnowledge.get().gazetteer(), TestKnowledge.get().names());

  /** "word/TAG/NER" tokens; the lemma is the lower-cased word. */
  private static Sentence sentence(int index, String... tokens) {
    List<Token> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String t : tokens) {
      String[] p = t.split("/");
      int begin = text.length();
      text.append(p[0]).append(' ');
      out.add(new Token(out.size() + 1, p[0], p[0].toLowerCase(java.util.Locale.ROOT), p[1], p[2], null, begin,
          begin + p[0].length()));
    }
    return new Sentence(index, 0, text.length(), text.toString(), out, List.of(), List.of(), false);
  }

  private List<Integer> needs(Sentence... sentences) {
    return resolver.parseNeeds(List.of(sentences)).sentences().stream().boxed().toList();
  }

  @Test
  void aNewNamesCountryIsReadFromTheParseOnlyWhenTheSentenceNamesAState() {
    Sentence withState = sentence(0, "Kenyan/JJ/NATIONALITY", "lawyer/NN/O", "John/NNP/PERSON", "Smith/NNP/PERSON",
        "spoke/VBD/O");
    Sentence without = sentence(0, "The/DT/O", "lawyer/NN/O", "John/NNP/PERSON", "Smith/NNP/PERSON", "spoke/VBD/O");
    assertEquals(List.of(0), needs(withState));
    assertEquals(List.of(), needs(without));
  }

  @Test
  void aCapitalThatMayActIsDecidedByTheParse() {
    assertEquals(List.of(0), needs(sentence(0, "Moscow/NNP/LOCATION", "said/VBD/O", "no/DT/O")));
    assertEquals(List.of(), needs(sentence(0, "Nobody/NN/O", "said/VBD/O", "no/DT/O")));
  }

  @Test
  void anOfficeAndTheSentencesItsPronounMayLookBackToAreRead() {
    Sentence named = sentence(0, "Vladimir/NNP/PERSON", "Putin/NNP/PERSON", "arrived/VBD/O");
    Sentence nothing = sentence(1, "It/PRP/O", "rained/VBD/O");
    Sentence office = sentence(2, "His/PRP$/O", "counterpart/NN/O", "waited/VBD/O");
    assertEquals(List.of(0, 2), needs(named, nothing, office));
    assertEquals(List.of(1), needs(nothing, sentence(1, "The/DT/O", "prime/JJ/O", "minister/NN/O", "waited/VBD/O")));
  }
}
