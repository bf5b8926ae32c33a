package org.diplograph.extract;

import java.nio.file.Path;
import java.util.List;

/**
 * All extraction knowledge, loaded from {@code ontology/patterns/} and checked against the
 * ontology's relations: a row naming an undeclared relation fails at load with its file and line.
 */
public record ExtractionRules(RelationCatalog catalog, TriggerRules triggers, ConstructionRules constructions,
    LightVerbs lightVerbs, ModalityCues modalityCues, TitleRules titles) {

  public static ExtractionRules load(Path patternsDir, RelationCatalog catalog) {
    return new ExtractionRules(catalog,
        TriggerRules.load(List.of(patternsDir.resolve("triggers.tsv"),
            patternsDir.resolve("generated-cameo-triggers.tsv")), catalog),
        ConstructionRules.load(patternsDir.resolve("constructions.semgrex"), catalog),
        LightVerbs.load(patternsDir.resolve("light-verbs.tsv")),
        ModalityCues.load(patternsDir.resolve("modality.tsv")),
        TitleRules.load(patternsDir.resolve("titles.tsv"), catalog));
  }
}
