package org.diplograph.pipeline;

/**
 * What the parser did in a build: of the {@code sentences} ({@code tokens}) annotated,
 * {@code parsed} ({@code parsedTokens}) were parsed, the others can hold nothing the later stages
 * read dependencies of; and {@code lateSentences} cached sentences of {@code lateDocuments}
 * documents were parsed because the pattern files now select them.
 */
public record ParseCounts(int sentences, int parsed, long tokens, long parsedTokens, int lateDocuments,
    int lateSentences) {
  public static final ParseCounts NONE = new ParseCounts(0, 0, 0, 0, 0, 0);
}
