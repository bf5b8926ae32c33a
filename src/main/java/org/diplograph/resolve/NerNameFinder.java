package org.diplograph.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diplograph.annotate.Token;

/**
 * Creates entities for names the gazetteer does not know, from CoreNLP's entity tags: people,
 * organisations, countries and places. Their ids are minted from the name, so the same name gives
 * the same node in every document.
 */
final class NerNameFinder {
  private static final Map<String, EntityType> TYPES = Map.of(
      "PERSON", EntityType.PERSON,
      "ORGANIZATION", EntityType.ORGANISATION,
      "COUNTRY", EntityType.STATE,
      "CITY", EntityType.LOCATION,
      "STATE_OR_PROVINCE", EntityType.LOCATION,
      "LOCATION", EntityType.LOCATION);

  private final Gazetteer gazetteer;
  private final NameLists names;

  NerNameFinder(Gazetteer gazetteer, NameLists names) {
    this.gazetteer = gazetteer;
    this.names = names;
  }

  void find(MentionCollector out) {
    List<Token> tokens = out.sentence().tokens();
    int i = 0;
    while (i < tokens.size()) {
      String tag = tokens.get(i).ner();
      EntityType type = TYPES.get(tag);
      int end = i + 1;
      while (end < tokens.size() && tokens.get(end).ner().equals(tag)) {
        end++;
      }
      if (type != null && type != EntityType.PERSON && type != EntityType.ORGANISATION && i > 0
          && names.isPersonRoleWord(tokens.get(i - 1).word())) {
        type = EntityType.PERSON; // "basketball star Jordan" is no state
      }
      if (type != null) {
        int start = i;
        while (start < end && names.honorifics().contains(tokens.get(start).word().toLowerCase(Locale.ROOT))) {
          start++;
        }
        if (type == EntityType.ORGANISATION && start < end && tokens.get(start).word().equalsIgnoreCase("the")) {
          start++;
        }
        if (start < end && !out.isCovered(start + 1, end + 1) && hasLetters(tokens, start, end)) {
          addNew(out, type, start, end);
        }
      }
      i = end;
    }
  }

  private void addNew(MentionCollector out, EntityType type, int start, int end) {
    List<Token> tokens = out.sentence().tokens();
    String label = GazetteerMatcher.titleCase(joined(tokens, start, end));
    String id = EntityIds.slug(label);
    var known = gazetteer.entity(id);
    if (known.isPresent() && known.get().type() != type) {
      id = id + "_" + type.className();
    }
    Entity entity = known.filter(e -> e.type() == type)
        .orElse(new Entity(id, label, type, null, null, null));
    if (type == EntityType.LOCATION) {
      out.add(entity, MentionKind.PLACE, start + 1, end + 1);
    } else {
      out.add(entity, MentionKind.NAME, start + 1, end + 1);
      if (type == EntityType.STATE) {
        out.add(entity, MentionKind.PLACE, start + 1, end + 1);
      }
    }
  }

  private static boolean hasLetters(List<Token> tokens, int start, int end) {
    for (int i = start; i < end; i++) {
      if (tokens.get(i).word().chars().anyMatch(Character::isLetter)) {
        return true;
      }
    }
    return false;
  }

  static String joined(List<Token> tokens, int start, int end) {
    StringBuilder s = new StringBuilder();
    for (int i = start; i < end; i++) {
      String w = tokens.get(i).word();
      boolean glue = w.equals("-") || (i > start && tokens.get(i - 1).word().equals("-"))
          || w.equals("'s") || w.equals("’s");
      if (i > start && !glue) {
        s.append(' ');
      }
      s.append(w);
    }
    return s.toString();
  }
}
