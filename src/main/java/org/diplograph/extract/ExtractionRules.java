package org.diplograph.extract;

import java.nio.file.Path;
import java.util.List;

/**
 * All extraction knowledge, loaded from {@code ontology/patterns/} and checked against the
 * ontology's relations: a row naming an undeclared relation fails at load with its file and line.
 * The whole CAMEO dictionary, converted ({@code generated-cameo-full.tsv}), is not loaded: on the
 * blind dev split it raised event-type recall from 0.30 to 0.39 and cut precision from 0.70 to
 * 0.30 (README, "Quality"); its rows are there to be promoted into triggers.tsv one by one.
 */
public record ExtractionRules(RelationCatalog catalog, TriggerRules triggers, ConstructionRules constructions,
    VerbList lightVerbs, VerbList sufferVerbs, VerbList impactVerbs,
    VerbList controlVerbs, VerbList attributionVerbs, ResponsibilityClaims claims, ModalityCues modalityCues,
    TitleRules titles) {

  public static ExtractionRules load(Path patternsDir, RelationCatalog catalog) {
    VerbList attribution = VerbList.load(patternsDir.resolve("attribution-verbs.tsv"));
    return new ExtractionRules(catalog,
        TriggerRules.load(List.of(patternsDir.resolve("triggers.tsv")), catalog),
        ConstructionRules.load(patternsDir.resolve("constructions.semgrex"), catalog),
        VerbList.load(patternsDir.resolve("light-verbs.tsv")),
        VerbList.load(patternsDir.resolve("suffer-verbs.tsv")),
        VerbList.load(patternsDir.resolve("impact-verbs.tsv")),
        VerbList.load(patternsDir.resolve("control-verbs.tsv")),
        attribution,
        ResponsibilityClaims.load(patternsDir.resolve("responsibility.tsv"), attribution),
        ModalityCues.load(patternsDir.resolve("modality.tsv")),
        TitleRules.load(patternsDir.resolve("titles.tsv"), catalog));
  }
}
