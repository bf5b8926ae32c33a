package org.diplograph.pipeline;

/**
 * What the parser did in a build: of the {@code sentences} annotated, {@code parsed} were parsed
 * (the others can hold nothing the later stages read dependencies of); and {@code lateSentences}
 * cached sentences of {@code lateDocuments} documents were parsed because the pattern files now
 * select them.
 */
public record ParseCounts(int sentences, int parsed, int lateDocuments, int lateSentences) {
  public static final ParseCounts NONE = new ParseCounts(0, 0, 0, 0);
}
