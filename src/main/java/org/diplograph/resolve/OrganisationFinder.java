package org.diplograph.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplograph.annotate.Token;

/**
 * Recognises organisation names that NER often misses: capitalised words around a head word such
 * as "Centre", "Institute" or "Ministry", continued by "for/of/on" and more capitalised words
 * ("Centre for China and Globalisation"). A name the gazetteer knows keeps its gazetteer entity.
 */
final class OrganisationFinder {
  private static final Set<String> LINKS = Set.of("for", "of", "on", "and", "the", "&");
  private static final Set<String> OPENERS = Set.of("for", "of", "on");

  private final Gazetteer gazetteer;
  private final NameLists names;

  OrganisationFinder(Gazetteer gazetteer, NameLists names) {
    this.gazetteer = gazetteer;
    this.names = names;
  }

  void find(MentionCollector out) {
    List<Token> tokens = out.sentence().tokens();
    for (int h = 0; h < tokens.size(); h++) {
      Token head = tokens.get(h);
      EntityType type = names.orgHeads().get(head.word().toLowerCase(Locale.ROOT));
      if (type == null || !isCapitalised(head)) {
        continue;
      }
      int start = h;
      while (start > 0 && isCapitalised(tokens.get(start - 1)) && tokens.get(start - 1).isProperNoun()) {
        start--;
      }
      int end = h + 1;
      if (end < tokens.size() && OPENERS.contains(tokens.get(end).word())) {
        int last = -1;
        for (int j = end; j < tokens.size(); j++) {
          Token t = tokens.get(j);
          if (isCapitalised(t) && !t.isTemporal()) { // "the Football Association on Wednesday": a day ends a name
            last = j;
          } else if (!LINKS.contains(t.word().toLowerCase(Locale.ROOT))) {
            break;
          }
        }
        if (last > end) {
          end = last + 1;
        }
      }
      // A bare head word ("the Ministry") is not a name; a known name may sit inside a new one
      // ("Institute for China Studies") but not at its start (that name was matched already).
      if (end - start < 2 || out.isCovered(start + 1, start + 2) || out.isCovered(h + 1, h + 2)) {
        continue;
      }
      Entity entity = entityFor(tokens, start, end, type);
      out.add(entity, MentionKind.NAME, start + 1, end + 1);
      h = end - 1;
    }
  }

  private Entity entityFor(List<Token> tokens, int start, int end, EntityType type) {
    String label = NerNameFinder.joined(tokens, start, end);
    return gazetteer.lookup(AliasKey.of(tokens, start, end)).stream().findFirst()
        .flatMap(a -> gazetteer.entity(a.entityId()))
        .orElse(new Entity(EntityIds.slug(label), label, type, null, null, null));
  }

  private static boolean isCapitalised(Token t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0));
  }
}
