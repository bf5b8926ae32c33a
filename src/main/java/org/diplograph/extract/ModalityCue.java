package org.diplograph.extract;

/**
 * One row of {@code modality.tsv}. {@code clauseOnly}: a governor that reports a clause but performs
 * its object ("declared that the talks failed" against "declared a state of emergency").
 */
public record ModalityCue(String cue, Modality modality, boolean asModifier, boolean asGovernor,
    boolean clauseOnly, boolean materialOnly, String source) {}
