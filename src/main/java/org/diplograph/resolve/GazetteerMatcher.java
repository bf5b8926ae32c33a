package org.diplograph.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.diplograph.annotate.Sentence;
import org.diplograph.annotate.Token;

/**
 * Finds gazetteer names in a sentence, longest match first, and turns each into mentions: a
 * place that stands for a state gives both a place mention and an acting (metonym) mention; a
 * state's name also names the state as a place; a nationality adjective is a demonym mention.
 */
final class GazetteerMatcher {
  private static final Set<String> PLACE_TAGS = Set.of("CITY", "STATE_OR_PROVINCE", "LOCATION");
  /** The tags of words CoreNLP joins into one place name ("Lake" LOCATION + "Chad" COUNTRY). */
  private static final Set<String> PLACE_RUN = Set.of("CITY", "STATE_OR_PROVINCE", "LOCATION", "COUNTRY");

  private final Gazetteer gazetteer;
  private final NameLists names;

  GazetteerMatcher(Gazetteer gazetteer, NameLists names) {
    this.gazetteer = gazetteer;
    this.names = names;
  }

  void match(MentionCollector out) {
    Sentence sentence = out.sentence();
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      int matched = 0;
      // A span's key starts with the key of each shorter span from the same token: once no alias
      // key starts with it, no longer span can match, and most positions are ruled out at once.
      int longest = 0;
      int limit = Math.min(gazetteer.longestAlias(), tokens.size() - i);
      while (longest < limit && gazetteer.hasKeyStartingWith(AliasKey.of(tokens, i, i + longest + 1))) {
        longest++;
      }
      for (int len = longest; len >= 1 && matched == 0; len--) {
        if (out.isCovered(i + 1, i + 1 + len)) {
          continue;
        }
        Optional<Gazetteer.Alias> alias = accept(tokens, i, i + len);
        if (alias.isPresent()) {
          addMentions(out, alias.get(), i + 1, i + 1 + len);
          matched = len;
        }
      }
      if (matched == 0 && !out.isCovered(i + 1, i + 2)) {
        matchHyphenParts(out, tokens.get(i), i + 1);
      }
      if (matched == 0 && !out.isCovered(i + 1, i + 2)) {
        matchPluralDemonym(out, tokens.get(i), i + 1);
      }
      i += Math.max(matched, 1);
    }
  }

  /**
   * "Sino-Russian", "US-Chinese", "Russia-Ukraine" as one token: each part that names a state is a
   * mention on that token, so "the Sino-Russian partnership" is China's and Russia's.
   */
  private void matchHyphenParts(MentionCollector out, Token token, int index) {
    String word = token.word();
    if (word.indexOf('-') <= 0 || word.endsWith("-")) {
      return;
    }
    for (String part : word.split("-")) {
      for (Gazetteer.Alias alias : gazetteer.lookup(AliasKey.of(part))) {
        Entity entity = gazetteer.entity(alias.entityId()).orElseThrow();
        boolean exact = !alias.caseSensitive() || part.equals(alias.form());
        if (exact && entity.type() == EntityType.STATE && Character.isUpperCase(part.codePointAt(0))) {
          out.add(entity, MentionKind.DEMONYM, index, index + 1);
          break;
        }
      }
    }
  }

  /**
   * "Turks", "Afghans": the plural of a nationality the gazetteer lists ("Turk", "Afghan") is the
   * people of that state, a demonym mention.
   */
  private void matchPluralDemonym(MentionCollector out, Token token, int index) {
    String word = token.word();
    if (word.length() < 4 || !word.endsWith("s") || !Character.isUpperCase(word.codePointAt(0))
        || token.ner().equals("PERSON") || token.ner().equals("ORGANIZATION")) {
      return;
    }
    String singular = word.substring(0, word.length() - 1);
    for (Gazetteer.Alias alias : gazetteer.lookup(AliasKey.of(singular))) {
      Entity entity = gazetteer.entity(alias.entityId()).orElseThrow();
      if (alias.demonym() && entity.type() == EntityType.STATE && singular.equals(alias.form())) {
        out.add(entity, MentionKind.DEMONYM, index, index + 1);
        return;
      }
    }
  }

  /**
   * Whether the span lies inside a longer name CoreNLP tags as one organisation of three or more
   * words (two when the gazetteer's entity is an organisation itself: "BBC Radio" is a part of the
   * BBC) that is no government body or force of a state: "Syrian Network for Human Rights",
   * "British Board of Film Classification" are organisations, not Syria or the United Kingdom
   * ("Russian Ministry of Defence", "Iraqi Security Forces" stay the state's).
   */
  private boolean insideLongerOrganisation(List<Token> tokens, int from, int to, boolean organisation) {
    int start = from;
    while (start > 0 && tokens.get(start - 1).ner().equals("ORGANIZATION")) {
      start--;
    }
    int end = to;
    while (end < tokens.size() && tokens.get(end).ner().equals("ORGANIZATION")) {
      end++;
    }
    if (end - start < (organisation ? 2 : 3) || (start == from && end == to)
        || tokens.subList(from, to).stream().noneMatch(t -> t.ner().equals("ORGANIZATION"))) {
      return false;
    }
    for (int a = to; a < end; a++) {
      for (int b = a + 1; b <= end; b++) {
        if (names.bodyTemplates().containsKey(AliasKey.of(tokens, a, b))) {
          return false;
        }
      }
    }
    String last = tokens.get(end - 1).lemma();
    return names.groupSector(last).isEmpty() && !names.isAgentNoun(last);
  }

  /**
   * Whether the span is part of a longer name CoreNLP tags as one place, whose other words name
   * nothing the gazetteer knows: "Paris Hilton" (tagged a location) holds no Paris, "Lake Chad" no
   * Chad. The tagger's span is the unit; the whole name becomes a new entity ({@link NerNameFinder}).
   * A run of known names ("US Russia") is not one name.
   */
  private boolean insideLongerPlaceName(List<Token> tokens, int from, int to) {
    if (tokens.subList(from, to).stream().anyMatch(t -> !PLACE_RUN.contains(t.ner()))) {
      return false;
    }
    int start = from;
    while (start > 0 && PLACE_RUN.contains(tokens.get(start - 1).ner())) {
      start--;
    }
    int end = to;
    while (end < tokens.size() && PLACE_RUN.contains(tokens.get(end).ner())) {
      end++;
    }
    if (start == from && end == to) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if ((i < from || i >= to) && (!Character.isUpperCase(tokens.get(i).word().codePointAt(0))
          || !gazetteer.lookup(AliasKey.of(tokens, i, i + 1)).isEmpty())) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Syrian Kurds", "Iraqi Christians": a nationality before a capitalised plural noun names a people
   * of that state, not the state ("Iraqi Troops", "Iraqi Officials" still are the state's).
   */
  private boolean isPeopleOfState(List<Token> tokens, int from, int to, List<Gazetteer.Alias> candidates) {
    Token next = tokens.get(to);
    boolean nationality = tokens.get(to - 1).ner().equals("NATIONALITY") || candidates.stream().anyMatch(Gazetteer.Alias::demonym);
    return nationality && next.tag().equals("NNPS") && Character.isUpperCase(next.word().codePointAt(0))
        && !next.ner().equals("ORGANIZATION") && names.groupSector(next.lemma()).isEmpty()
        && !names.isAgentNoun(next.lemma()) && !names.isActorWord(next.lemma())
        && gazetteer.lookup(AliasKey.of(next.word())).isEmpty();
  }

  private Optional<Gazetteer.Alias> accept(List<Token> tokens, int from, int to) {
    if (!hasLetterOrDigit(tokens.get(from)) || !hasLetterOrDigit(tokens.get(to - 1))) {
      return Optional.empty(); // "Sino -" is not a name, though its key is "sino"
    }
    List<Gazetteer.Alias> candidates = gazetteer.lookup(AliasKey.of(tokens, from, to));
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    boolean organisationName = candidates.stream().allMatch(a -> gazetteer.entity(a.entityId())
        .map(e -> e.type().isOrganisation()).orElse(false));
    if (insideLongerOrganisation(tokens, from, to, organisationName)) {
      return Optional.empty();
    }
    if (to < tokens.size() && isPeopleOfState(tokens, from, to, candidates)) {
      return Optional.empty();
    }
    if (insideLongerPlaceName(tokens, from, to)) {
      return Optional.empty();
    }
    String exact = exactText(tokens, from, to);
    // a name's words are capitalised: "The Foundation" is an alias, "the foundation" a common noun
    // (but "Bashar al-Assad" keeps its particle)
    boolean capitalised = Character.isUpperCase(tokens.get(from).word().codePointAt(0))
        && tokens.subList(from, to).stream().noneMatch(t -> t.tag().matches("NNS?|JJ|VB.?")
            && Character.isLowerCase(t.word().codePointAt(0)));
    // "basketball star Jordan", "England captain Harris": a name after a role from outside politics is a person
    boolean personTagged = tokens.subList(from, to).stream().anyMatch(t -> t.ner().equals("PERSON"))
        || (from > 0 && names.isPersonRoleWord(tokens.get(from - 1).word()));
    // The person CoreNLP tags decides what a name inside it can be: "Michael Jordan" holds no state,
    // "Paris Hilton" no city, and "Kevin Harris" is not Kamala Harris.
    boolean insideLongerPerson = personTagged && ((from > 0 && tokens.get(from - 1).ner().equals("PERSON"))
        || (to < tokens.size() && tokens.get(to).ner().equals("PERSON")));
    for (Gazetteer.Alias alias : candidates) {
      if (alias.caseSensitive() && !exact.equals(alias.form().replaceAll("\\s+", " "))) {
        continue;
      }
      if (!alias.curated() && !capitalised) {
        continue;
      }
      Entity entity = gazetteer.entity(alias.entityId()).orElseThrow();
      if (!alias.curated() && entity.type() == EntityType.PERSON && !personTagged) {
        continue;
      }
      // ... but the tagger often takes a foreign organisation's name of two or more words for a
      // person ("Boko Haram fighters", "Daesh had set fire"): the whole tagged name, matched word for
      // word, is that organisation when it has two words or more, or one of the curated file's names
      boolean wholeOrganisationName = (to - from >= 2 || alias.curated()) && entity.type().isOrganisation()
          && !insideLongerPerson
          && !(from > 0 && names.isPersonRoleWord(tokens.get(from - 1).word()));
      if (personTagged && (entity.type() != EntityType.PERSON || insideLongerPerson) && !wholeOrganisationName) {
        continue;
      }
      return Optional.of(alias);
    }
    return Optional.empty();
  }

  private static boolean hasLetterOrDigit(Token t) {
    return t.word().chars().anyMatch(Character::isLetterOrDigit);
  }

  private static String exactText(List<Token> tokens, int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        text.append(' ');
      }
      text.append(tokens.get(i).word());
    }
    return text.toString();
  }

  private void addMentions(MentionCollector out, Gazetteer.Alias alias, int start, int end) {
    Entity entity = gazetteer.entity(alias.entityId()).orElseThrow();
    String ner = out.sentence().token(start).ner();
    boolean onlyPlace = isPlaceHere(out.sentence(), start, end);
    if (entity.type() == EntityType.LOCATION) {
      out.add(entity, MentionKind.PLACE, start, end);
      if (entity.actsAs() != null) {
        out.markParseRead();
      }
      if (entity.actsAs() != null && !onlyPlace) {
        out.add(gazetteer.entity(entity.actsAs()).orElseThrow(), MentionKind.METONYM, start, end);
      }
    } else if (alias.demonym() || ner.equals("NATIONALITY")) {
      out.add(entity, MentionKind.DEMONYM, start, end);
    } else if (entity.type() == EntityType.STATE && end <= out.sentence().tokens().size()
        && names.isSubnationalTitle(out.sentence().token(end).word())) {
      // "Georgia Governor Brian Kemp": a governor's Georgia is a state of a federation, not the country
      String label = spanWords(out, start, end);
      out.add(new Entity(EntityIds.slug(label) + "_" + EntityType.LOCATION.className(), label, EntityType.LOCATION,
          null, null, null), MentionKind.PLACE, start, end);
    } else if (entity.type() == EntityType.STATE && (PLACE_TAGS.contains(ner) || beforePlaceNoun(out, alias, end))) {
      // A city listed under its country (as the Phoenix dictionaries do): the city is the place,
      // the country is who acts. The tagger's place tag says so, or a place noun after the
      // dictionaries' city ("attack Idlib province", "Aleppo city").
      String label = titleCase(spanWords(out, start, end));
      out.add(new Entity(EntityIds.slug(label), label, EntityType.LOCATION, null, entity.id(), entity.id()),
          MentionKind.PLACE, start, end);
      out.markParseRead();
      // unlike a curated capital, such a city acts only as a subject or possessor ("Algiers said",
      // "Tirana's decision"); "the siege of Aleppo", "an attack on Mosul" are places
      if (!onlyPlace && (alias.curated() || actsHere(out.sentence(), start, end))) {
        out.add(entity, MentionKind.METONYM, start, end);
      }
    } else {
      out.add(entity, MentionKind.NAME, start, end);
      if (entity.type() == EntityType.STATE) {
        out.add(entity, MentionKind.PLACE, start, end);
      }
    }
  }

  /** Whether a name the dictionaries list under its state (not a curated name) stands before a place noun. */
  private boolean beforePlaceNoun(MentionCollector out, Gazetteer.Alias alias, int end) {
    return !alias.curated() && end <= out.sentence().tokens().size()
        && names.isPlaceNoun(out.sentence().token(end).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the sentence makes a capital or city a place, not the actor it may stand for: after a
   * place preposition ("a house in Mosul"), after "of" or as the modifier of a place noun
   * ("the Iraqi city of Mosul", "north of Aleppo", "a London street", "the London mayor"); "Beijing
   * authorities" and "the Baghdad-Washington talks" still act.
   */
  private boolean isPlaceHere(org.diplograph.annotate.Sentence sentence, int start, int end) {
    int head = end - 1;
    for (var d : sentence.basic()) {
      if (d.dependent() >= start && d.dependent() < end && (d.governor() < start || d.governor() >= end)) {
        head = d.dependent();
      }
    }
    String relation = "root";
    int governor = 0;
    for (var d : sentence.basic()) {
      if (d.dependent() == head) {
        relation = d.relation();
        governor = d.governor();
      }
    }
    for (var d : sentence.basic()) {
      if (d.governor() == head && d.relation().equals("case")) {
        String p = sentence.token(d.dependent()).word().toLowerCase(Locale.ROOT);
        if (p.equals("at") && governor > 0 && names.aimsAt(sentence.token(governor).lemma())) {
          return false; // "lashed out at Moscow", "pointed the finger at Beijing": aimed at the state
        }
        if (names.isPlacePreposition(p)) {
          return true;
        }
        if (p.equals("of") && governor > 0 && names.isPlaceNoun(sentence.token(governor).lemma())
            && !sentence.token(governor).isProperNoun()) {
          return true;
        }
      }
    }
    // "a London street", "the London mayor" are the city's; "the Baghdad-Washington talks" are the states'
    return relation.equals("compound") && governor > 0 && names.isPlaceNoun(sentence.token(governor).lemma())
        && !sentence.token(governor).isProperNoun();
  }

  private static boolean actsHere(org.diplograph.annotate.Sentence sentence, int start, int end) {
    for (var d : sentence.basic()) {
      if (d.dependent() >= start && d.dependent() < end && (d.governor() < start || d.governor() >= end)) {
        String r = d.relation();
        return r.equals("nsubj") || r.equals("nsubj:pass") || r.equals("nmod:poss") || r.equals("obl:agent");
      }
    }
    return false;
  }

  private static String spanWords(MentionCollector out, int start, int end) {
    StringBuilder s = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (i > start) {
        s.append(' ');
      }
      s.append(out.sentence().token(i).word());
    }
    return s.toString();
  }

  static String titleCase(String words) {
    StringBuilder out = new StringBuilder();
    for (String w : words.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
        out.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
      } else {
        out.append(w);
      }
    }
    return out.toString();
  }
}
