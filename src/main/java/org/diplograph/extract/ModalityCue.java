package org.diplograph.extract;

/** One row of {@code modality.tsv}. */
public record ModalityCue(String cue, Modality modality, boolean asModifier, boolean asGovernor,
    boolean materialOnly, String source) {}
