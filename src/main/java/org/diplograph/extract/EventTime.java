package org.diplograph.extract;

/**
 * When an event happened, as the text says it ({@code text}: "earlier this week") and as CoreNLP's
 * SUTime resolved it against the document date ({@code value}: "2025-W08", "2024-05", "2024-12-31").
 */
public record EventTime(String text, String value) {}
