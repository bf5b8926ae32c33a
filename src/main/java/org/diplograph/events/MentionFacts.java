package org.diplograph.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What merging needs to know of one event mention, as read from the graph (so events can be
 * recomputed from any built graph, whatever extractor made it).
 *
 * @param document     the document's id
 * @param contentHash  the document's text hash: copies of one text are one source, not two
 * @param type         the PLOVER class's local name ({@code Consult})
 * @param mode         the PLOVER mode, or null
 * @param sources      resolved sources (entity ids, sorted)
 * @param targets      resolved targets (entity ids, sorted)
 * @param modality     the modality's local name ({@code asserted})
 * @param eventDate    the range the text gives for the event, or null
 * @param dateValue    the text's date as written in the graph ({@code 2024-05}), or null
 * @param published    the document's date, or null
 * @param place        the resolved place's id, or null
 * @param begin        where the mention starts in its document (code points)
 * @param trigger      the word that names the event, lower-cased ({@code offensive}), or null
 */
public record MentionFacts(String iri, String document, String contentHash, String type, String mode,
    List<String> sources, List<String> targets, String modality, double confidence, DateRange eventDate,
    String dateValue, LocalDate published, String place, int begin, String trigger) {

  public MentionFacts {
    sources = List.copyOf(new TreeSet<>(sources));
    targets = List.copyOf(new TreeSet<>(targets));
  }

  /** A mention whose trigger word is not known. */
  public MentionFacts(String iri, String document, String contentHash, String type, String mode, List<String> sources,
      List<String> targets, String modality, double confidence, DateRange eventDate, String dateValue,
      LocalDate published, String place, int begin) {
    this(iri, document, contentHash, type, mode, sources, targets, modality, confidence, eventDate, dateValue, published,
        place, begin, null);
  }

  /** Every resolved participant, whatever its role. */
  public Set<String> participants() {
    Set<String> all = new TreeSet<>(sources);
    all.addAll(targets);
    return all;
  }

  /**
   * When the event may have happened: the text's own date, else the days before the article's
   * publication ({@code lookbackDays}), else unknown (null).
   */
  public DateRange dateRange(int lookbackDays) {
    if (eventDate != null) {
      return eventDate;
    }
    if (published != null) {
      return new DateRange(published.minusDays(lookbackDays), published);
    }
    return null;
  }

  /** 0 for a date the text gives, 1 for a publication date, 2 for none: how surely the mention is dated. */
  public int dateRank() {
    return eventDate != null ? 0 : published != null ? 1 : 2;
  }
}
