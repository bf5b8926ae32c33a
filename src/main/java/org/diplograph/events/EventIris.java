package org.diplograph.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.graph.Vocabulary;

/**
 * Event IRIs from what the event is, never from a counter: {@code event/<Type>/<when>/<participants>}.
 * Adding or removing documents that report other events leaves every IRI as it was; only an
 * event that gains or loses mentions can change its own.
 */
final class EventIris {
  private static final int MAX_PARTICIPANTS = 4;

  private EventIris() {}

  /** The key of one cluster, before clashes are settled. */
  static String key(String type, DateRange dates, String basis, List<MentionFacts> mentions, Set<String> participants) {
    String when = switch (basis) {
      case "event date" -> dates.days() <= 31 ? dates.earliest().toString() : String.valueOf(dates.earliest().getYear());
      case "publication date" -> "reported-" + dates.latest();
      default -> "undated";
    };
    String who;
    if (participants.isEmpty()) {
      who = "unattributed-" + hash(first(mentions));
    } else if (participants.size() <= MAX_PARTICIPANTS) {
      who = String.join("+", participants);
    } else {
      List<String> some = new ArrayList<>(participants).subList(0, MAX_PARTICIPANTS);
      who = String.join("+", some) + "+" + hash(String.join("+", participants));
    }
    return type + "/" + when + "/" + who;
  }

  /** IRIs for all keys: two events with one key each get their first mention's hash appended. */
  static List<String> settle(List<String> keys, List<List<MentionFacts>> mentions) {
    Map<String, Integer> uses = new HashMap<>();
    keys.forEach(k -> uses.merge(k, 1, Integer::sum));
    List<String> iris = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      iris.add(Vocabulary.EVENT + (uses.get(key) > 1 ? key + "-" + hash(first(mentions.get(i))) : key));
    }
    return iris;
  }

  private static String first(List<MentionFacts> mentions) {
    return mentions.stream().map(MentionFacts::iri).sorted().findFirst().orElseThrow();
  }

  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
