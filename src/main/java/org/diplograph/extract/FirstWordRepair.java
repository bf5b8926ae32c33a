package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;
import org.diplograph.resolve.NameLists;

/**
 * Undoes one tagging the rules cannot read: a common noun for people or bodies that opens a
 * sentence, tagged as a name because it is capitalised ("Ministers from the UK and France
 * contradicted ...", tagged NNP with lemma "Ministers"). It becomes the common noun it is, with its
 * singular lemma, so that the word lists of names.tsv and groups.tsv know it.
 */
final class FirstWordRepair {
  private final NameLists names;

  FirstWordRepair(NameLists names) {
    this.names = names;
  }

  Sentence repair(Sentence sentence) {
    if (sentence.tokens().isEmpty()) {
      return sentence;
    }
    Token first = sentence.token(1);
    if (!first.isProperNoun() || !(first.ner().equals("O") || first.ner().equals("TITLE"))) {
      return sentence;
    }
    String word = first.word().toLowerCase(Locale.ROOT);
    Optional<String> lemma = singulars(word).stream().filter(this::namesSomeone).findFirst();
    if (lemma.isEmpty()) {
      return sentence;
    }
    String tag = lemma.get().equals(word) ? "NN" : "NNS";
    List<Token> tokens = new ArrayList<>(sentence.tokens());
    tokens.set(0, new Token(first.index(), first.word(), lemma.get(), tag, first.ner(), first.normalized(),
        first.begin(), first.end()));
    return new Sentence(sentence.index(), sentence.begin(), sentence.end(), sentence.text(), tokens,
        sentence.basic(), sentence.enhanced(), sentence.parsed());
  }

  private boolean namesSomeone(String lemma) {
    return names.isAgentNoun(lemma) || names.isActorWord(lemma) || names.groupSector(lemma).isPresent();
  }

  /** The word itself, then its regular singulars: "ministers", "gunmen", "authorities". */
  static List<String> singulars(String word) {
    List<String> out = new ArrayList<>(List.of(word));
    if (word.endsWith("men")) {
      out.add(word.substring(0, word.length() - 3) + "man");
    }
    if (word.endsWith("ies")) {
      out.add(word.substring(0, word.length() - 3) + "y");
    }
    if (word.endsWith("s")) {
      out.add(word.substring(0, word.length() - 1));
    }
    return out;
  }
}
