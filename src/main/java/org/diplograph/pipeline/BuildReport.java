package org.diplograph.pipeline;

import java.util.List;
import org.diplograph.corpus.InputProblem;

/**
 * What a build did: documents by fate, the problems met, sizes, and where the time went.
 * {@code modelLoadMillis} is 0 when no document needed annotating (models were not loaded).
 */
public record BuildReport(int documents, int annotated, int cached, int removed, List<InputProblem> problems,
    int sentences, int tokens, long triples, long relationMentions, long assertedRelations,
    long modelLoadMillis, long annotateMillis, long totalMillis) {

  public BuildReport {
    problems = List.copyOf(problems);
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }
}
