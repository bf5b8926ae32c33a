package org.diplograph.corpus;

/** What reading one corpus file gives: a usable {@link Article} or an {@link InputProblem}. */
public sealed interface CorpusEntry permits Article, InputProblem {
  String sourcePath();
}
