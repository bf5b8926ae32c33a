package org.diplograph.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.io.Tsv;

/**
 * Turns CAMEO verb synsets into trigger rows, as {@code ontology/patterns/cameo-synsets.tsv}
 * directs: which synsets carry which relation, with which argument slots, at which confidence,
 * and which members do not belong (the CAMEO dictionary over-generates: its MEET_PEOPLE synset
 * also holds "confront" and "face"). A member with its own preposition ({@code +SIDE_WITH}) gets
 * that preposition as its object slot.
 */
public final class CameoTriggerConverter {
  /** One row of the mapping file. */
  public record Mapping(String synset, String relation, String subject, String object, String confidence,
      Set<String> exclude) {}

  private CameoTriggerConverter() {}

  public static List<Mapping> mappings(Path file) {
    List<Mapping> out = new ArrayList<>();
    for (Tsv.Row row : Tsv.read(file, 6)) {
      Set<String> exclude = row.get(5).equals("-") ? Set.of() : Set.of(row.get(5).toLowerCase(java.util.Locale.ROOT).split("\\|"));
      out.add(new Mapping(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), exclude));
    }
    return out;
  }

  /** Trigger rows (the columns of triggers.tsv) for every mapped synset member not excluded. */
  public static List<String> convert(Map<String, List<CameoVerbs.Member>> synsets, List<Mapping> mappings) {
    Set<String> rows = new LinkedHashSet<>();
    for (Mapping m : mappings) {
      List<CameoVerbs.Member> members = synsets.get(m.synset());
      if (members == null) {
        throw new IllegalArgumentException("CAMEO has no synset '" + m.synset() + "'");
      }
      for (CameoVerbs.Member member : members) {
        if (m.exclude().contains(member.lemma())) {
          continue;
        }
        String object = member.preposition() != null ? "@" + member.preposition() : m.object();
        rows.add(String.join("\t", m.relation(), member.lemma(), "V", m.subject(), object, m.confidence(), "-",
            member.code(), "CAMEO synset " + m.synset()));
      }
    }
    return new ArrayList<>(rows);
  }
}
