package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.resolve.Gazetteer;
import org.diplograph.resolve.NameLists;
import org.diplograph.resolve.ResolvedDocument;

/**
 * The extract stage: event relations from trigger words, roles from titles. One mention is kept
 * per relation, pair of actors, sentence and modality (the most confident), so two rules firing on
 * the same statement ("provided aid" and "aid to") do not count it twice. Thread-safe.
 */
public final class RelationExtractor {
  private final EventExtractor events;
  private final ConstructionExtractor constructions;
  private final RoleExtractor roles;
  private final NameLists names;
  private final Gazetteer gazetteer;

  public RelationExtractor(ExtractionRules rules, Gazetteer gazetteer, NameLists names) {
    this.gazetteer = gazetteer;
    ModalityClassifier modality = new ModalityClassifier(rules.modalityCues());
    this.events = new EventExtractor(rules.triggers(), rules.lightVerbs(), modality);
    this.constructions = new ConstructionExtractor(rules.constructions(), modality);
    this.roles = new RoleExtractor(rules.titles(), gazetteer);
    this.names = names;
  }

  public List<RelationMention> extract(ResolvedDocument document) {
    ExtractionContext context = new ExtractionContext(document, names, gazetteer);
    Map<String, RelationMention> kept = new LinkedHashMap<>();
    for (int s = 0; s < document.sentences().size(); s++) {
      List<RelationMention> found = new ArrayList<>(events.extract(context, s));
      found.addAll(constructions.extract(context, s));
      found.addAll(roles.extract(context, s));
      for (RelationMention m : found) {
        kept.merge(key(m), m, (a, b) -> b.confidence() > a.confidence() ? b : a);
      }
    }
    List<RelationMention> out = new ArrayList<>(kept.values());
    out.sort(Comparator.comparingInt(RelationMention::begin).thenComparingInt(RelationMention::end)
        .thenComparing(m -> m.relation().name()).thenComparing(m -> m.subject().id())
        .thenComparing(m -> m.object().id()));
    return out;
  }

  private static String key(RelationMention m) {
    String a = m.subject().id();
    String b = m.object().id();
    if (m.relation().symmetric() && a.compareTo(b) > 0) {
      String t = a;
      a = b;
      b = t;
    }
    return m.relation().name() + "|" + a + "|" + b + "|" + m.sentence() + "|" + m.modality();
  }
}
