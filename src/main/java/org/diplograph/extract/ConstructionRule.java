package org.diplograph.extract;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

/**
 * One rule of {@code constructions.semgrex}: a CoreNLP Semgrex pattern over the enhanced++
 * dependency graph whose named nodes {@code =trigger}, {@code =subject}, {@code =object} (or
 * {@code =pair}, both parties) give a relation.
 */
public record ConstructionRule(RelationSpec relation, double confidence, SemgrexPattern pattern, String example,
    String source) {}
