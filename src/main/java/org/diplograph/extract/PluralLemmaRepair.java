package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;
import org.diplograph.resolve.NameLists;

/**
 * Gives a plural noun the singular the word lists know when the lemmatizer chose another word:
 * CoreNLP lemmatizes "bases" as "basis", so "shelled army bases" would name no place. Only a lemma
 * no list knows is replaced, and only by a regular singular of the word that a list does know.
 */
final class PluralLemmaRepair {
  private final NameLists names;

  PluralLemmaRepair(NameLists names) {
    this.names = names;
  }

  Sentence repair(Sentence sentence) {
    List<Token> tokens = null;
    for (Token t : sentence.tokens()) {
      if (!t.tag().equals("NNS") || known(t.lemma())) {
        continue;
      }
      String word = t.word().toLowerCase(Locale.ROOT);
      for (String singular : FirstWordRepair.singulars(word)) {
        if (!singular.equals(word) && !singular.equals(t.lemma()) && known(singular)) {
          tokens = tokens == null ? new ArrayList<>(sentence.tokens()) : tokens;
          tokens.set(t.index() - 1, new Token(t.index(), t.word(), singular, t.tag(), t.ner(), t.normalized(),
              t.begin(), t.end()));
          break;
        }
      }
    }
    return tokens == null ? sentence : new Sentence(sentence.index(), sentence.begin(), sentence.end(),
        sentence.text(), tokens, sentence.basic(), sentence.enhanced(), sentence.parsed());
  }

  private boolean known(String lemma) {
    return names.isSiteWord(lemma) || names.isAgentNoun(lemma) || names.isActorWord(lemma)
        || names.groupSector(lemma).isPresent();
  }
}
