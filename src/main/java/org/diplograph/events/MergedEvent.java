package org.diplograph.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One event and the consensus of its mentions.
 *
 * @param iri           stable: from type, date and participants, never from a counter
 * @param mode          the commonest mode, or null
 * @param participants  every resolved source and target
 * @param sources       for directed types, every resolved source (empty for mutual types)
 * @param targets       for directed types, every resolved target (empty for mutual types)
 * @param dates         when it happened, or null when nothing dates it
 * @param dateBasis     {@code event date}, {@code publication date} or {@code none}
 * @param dateValue     the date as the texts agree on it ({@code 2024-05}), or null
 * @param place         the most specific place its mentions give, or null
 * @param documents     independent documents (distinct texts) reporting it
 * @param modality      the commonest modality (ties: the more certain)
 * @param confidence    1 − Π(1 − c) over its documents' best mention confidences
 * @param disputed      local names of the properties the mentions disagree on
 * @param reasons       mention IRI to why it is in the event
 */
public record MergedEvent(String iri, String type, String mode, Set<String> participants, Set<String> sources,
    Set<String> targets, DateRange dates, String dateBasis, String dateValue, String place, int documents,
    LocalDate firstReported, LocalDate lastReported, String modality, double confidence, Set<String> disputed,
    List<MentionFacts> mentions, Map<String, String> reasons) {}
