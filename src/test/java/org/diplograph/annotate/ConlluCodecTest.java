package org.diplograph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConlluCodecTest {
  @Test
  void roundTripsTokensBothDependencyLayersAndAwkwardCharacters() {
    List<Token> tokens = List.of(
        new Token(1, "Xi", "Xi", "NNP", "PERSON", null, 0, 2),
        new Token(2, "met", "meet", "VBD", "O", null, 3, 6),
        new Token(3, "a|b=c%", "a|b=c%", "NN", "O", null, 7, 13),
        new Token(4, "Tuesday", "Tuesday", "NNP", "DATE", "2025-02-18", 14, 21));
    Sentence s = new Sentence(0, 0, 21, "Xi met a|b=c% Tuesday\twith tab", tokens,
        List.of(new Dependency(2, 1, "nsubj"), new Dependency(0, 2, "root"), new Dependency(2, 3, "obj"),
            new Dependency(2, 4, "obl:tmod")),
        List.of(new Dependency(2, 1, "nsubj"), new Dependency(0, 2, "root"), new Dependency(2, 3, "obj"),
            new Dependency(3, 4, "nmod:on"), new Dependency(2, 4, "obl:tmod")));
    AnnotatedDocument doc = new AnnotatedDocument("doc/1", List.of(s));
    AnnotatedDocument back = ConlluCodec.read(ConlluCodec.write(doc));
    assertEquals(doc.id(), back.id());
    assertEquals(s.tokens(), back.sentences().get(0).tokens());
    assertEquals(s.text(), back.sentences().get(0).text());
    assertEquals(s.basic(), back.sentences().get(0).basic());
    assertEquals(List.copyOf(new java.util.TreeSet<>(s.enhanced().stream().map(Object::toString).toList())),
        List.copyOf(new java.util.TreeSet<>(back.sentences().get(0).enhanced().stream().map(Object::toString).toList())));
    assertEquals(ConlluCodec.write(doc), ConlluCodec.write(back));
  }

  @Test
  void aSentenceLeftUnparsedSaysSoAndStaysUnparsed() {
    List<Token> tokens = List.of(new Token(1, "Prices", "price", "NNS", "O", null, 0, 6),
        new Token(2, "rose", "rise", "VBD", "O", null, 7, 11));
    Sentence unparsed = new Sentence(0, 0, 11, "Prices rose", tokens, List.of(), List.of(), false);
    Sentence parsed = new Sentence(1, 12, 23, "Prices rose", tokens,
        List.of(new Dependency(2, 1, "nsubj"), new Dependency(0, 2, "root")),
        List.of(new Dependency(2, 1, "nsubj"), new Dependency(0, 2, "root")));
    String text = ConlluCodec.write(new AnnotatedDocument("d", List.of(unparsed, parsed)));
    assertEquals(1, text.split(ConlluCodec.NOT_PARSED, -1).length - 1);
    AnnotatedDocument back = ConlluCodec.read(text);
    assertEquals(false, back.sentences().get(0).parsed());
    assertEquals(true, back.sentences().get(1).parsed());
    assertEquals(unparsed, back.sentences().get(0));
    assertEquals(parsed.basic(), back.sentences().get(1).basic());
  }

  @Test
  void aSentenceMarkedUnparsedWithDependenciesIsRejected() {
    String text = "# newdoc id = d\n# sent_id = 0\n# text = Hi\n" + ConlluCodec.NOT_PARSED
        + "\n1\tHi\thi\t_\tUH\t_\t0\troot\t0:root\tNER=O|Begin=0|End=2\n\n";
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> ConlluCodec.read(text));
  }
}
