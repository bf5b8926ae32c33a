package org.diplograph.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diplograph.annotate.DependencyGraph;
import org.diplograph.annotate.Token;

/**
 * Creates entities for names the gazetteer does not know, from CoreNLP's entity tags: people,
 * organisations, countries and places. Their ids are minted from the name, so the same name gives
 * the same node in every document; a person or organisation also carries the state its sentence
 * gives it, the third part of its key across documents ({@link UnknownActors}).
 */
final class NerNameFinder {
  private static final Map<String, EntityType> TYPES = Map.of(
      "PERSON", EntityType.PERSON,
      "ORGANIZATION", EntityType.ORGANISATION,
      "COUNTRY", EntityType.STATE,
      "CITY", EntityType.LOCATION,
      "STATE_OR_PROVINCE", EntityType.LOCATION,
      "LOCATION", EntityType.LOCATION);

  private static final java.util.Set<String> PLACES = java.util.Set.of("COUNTRY", "CITY", "STATE_OR_PROVINCE",
      "LOCATION");

  private final Gazetteer gazetteer;
  private final NameLists names;

  NerNameFinder(Gazetteer gazetteer, NameLists names) {
    this.gazetteer = gazetteer;
    this.names = names;
  }

  void find(MentionCollector out) {
    List<Token> tokens = out.sentence().tokens();
    DependencyGraph graph = null;
    int i = 0;
    while (i < tokens.size()) {
      String tag = tokens.get(i).ner();
      EntityType type = TYPES.get(tag);
      if (type != null && lowerCaseVerb(tokens.get(i))) {
        i++; // the tagger's span runs over a verb: "Social Democrats met Green party" is two names
        continue;
      }
      int end = i + 1;
      while (end < tokens.size() && tokens.get(end).ner().equals(tag) && !lowerCaseVerb(tokens.get(end))) {
        end++;
      }
      if (PLACES.contains(tag)) {
        // "Lake" LOCATION + "Chad" COUNTRY is one place, named after the country but not it
        while (end < tokens.size() && PLACES.contains(tokens.get(end).ner())) {
          end++;
        }
        if (end - i > 1 && !tokens.subList(i, end).stream().allMatch(t -> t.ner().equals(tag))) {
          type = EntityType.LOCATION;
        }
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
          String country = null;
          // only a state named in the sentence can be the name's country: without one, the parse
          // is not read (and the sentence need not be parsed for it)
          if ((type == EntityType.PERSON || type == EntityType.ORGANISATION) && namesState(out)) {
            graph = graph == null ? new DependencyGraph(out.sentence()) : graph;
            out.markParseRead();
            country = contextCountry(out, graph, start + 1, end + 1);
          }
          addNew(out, type, start, end, country);
        }
      }
      i = end;
    }
  }

  /** A verb written in lower case, which no name holds ("Committee to Protect Journalists" capitalises its verb). */
  private static boolean lowerCaseVerb(Token t) {
    return t.isVerb() && Character.isLowerCase(t.word().codePointAt(0));
  }

  /** Whether the sentence's mentions so far name a state {@link #contextCountry} could find. */
  private static boolean namesState(MentionCollector out) {
    return out.mentions().stream().anyMatch(NerNameFinder::countryCandidate);
  }

  private static boolean countryCandidate(Mention m) {
    return m.isActor() && m.entity().type() == EntityType.STATE && !m.surface().contains("-");
  }

  /**
   * The state the sentence says a new person or organisation belongs to, if it names exactly one:
   * a nationality, state or possessive among the words that modify the name ("Kenyan lawyer John
   * Smith", "England captain Kevin Harris", "Russia's Gazprom") or its apposition ("John Smith, a
   * Kenyan lawyer"). Hyphenated words are left out ("Russian-backed rebel leader X" is no Russian);
   * tokens are 1-based, end exclusive.
   */
  private static String contextCountry(MentionCollector out, DependencyGraph graph, int start, int end) {
    int head = end - 1;
    for (int t = start; t < end; t++) {
      if (graph.head(t) < start || graph.head(t) >= end) {
        head = t;
        break;
      }
    }
    java.util.Set<Integer> modifiers = new java.util.HashSet<>();
    collectModifiers(graph, head, start, end, modifiers, 0);
    for (int appos : graph.basicChildren(head)) {
      if (graph.relation(appos).equals("appos")) {
        collectModifiers(graph, appos, start, end, modifiers, 1);
      }
    }
    java.util.Set<String> states = new java.util.TreeSet<>();
    for (Mention m : out.mentions()) {
      if (countryCandidate(m) && modifiers.stream().anyMatch(m::covers)) {
        states.add(m.entity().id());
      }
    }
    return states.size() == 1 ? states.iterator().next() : null;
  }

  private static void collectModifiers(DependencyGraph graph, int token, int start, int end,
      java.util.Set<Integer> found, int depth) {
    if (depth > 3) {
      return;
    }
    for (int c : graph.basicChildren(token)) {
      String r = graph.relation(c);
      boolean inside = c >= start && c < end;
      if (r.equals("compound") || r.equals("amod") || r.equals("nmod:poss") || (inside && r.equals("flat"))) {
        if (!inside) {
          found.add(c);
        }
        collectModifiers(graph, c, start, end, found, depth + 1);
      }
    }
  }

  private void addNew(MentionCollector out, EntityType type, int start, int end, String country) {
    List<Token> tokens = out.sentence().tokens();
    String label = GazetteerMatcher.titleCase(joined(tokens, start, end));
    String id = EntityIds.slug(label);
    var known = gazetteer.entity(id);
    if (known.isPresent() && known.get().type() != type) {
      id = id + "_" + type.className();
    }
    Entity entity = known.filter(e -> e.type() == type)
        .orElse(new Entity(id, label, type, null, country, null));
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
