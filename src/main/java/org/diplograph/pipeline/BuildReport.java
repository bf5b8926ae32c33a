package org.diplograph.pipeline;

import java.util.List;
import org.diplograph.corpus.InputProblem;

/**
 * What a build did: documents by fate ({@code changes}: new, changed, unchanged, removed,
 * failed), how many were annotated and how many came from the cache, the problems met, sizes,
 * where the time went (in total and by stage), how many sentences were parsed, and what each publisher pushed. {@code modelLoadMillis} is 0 when no
 * document needed annotating (models were not loaded).
 */
public record BuildReport(int documents, int annotated, int cached, DocumentChanges changes, List<InputProblem> problems,
    int sentences, int tokens, long triples, long relationMentions, long assertedRelations,
    long modelLoadMillis, long annotateMillis, long totalMillis, StageTimes stageTimes, ParseCounts parsing,
    List<PublishReport> published) {

  public BuildReport {
    problems = List.copyOf(problems);
    published = List.copyOf(published);
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Documents whose graphs were dropped because their files are gone. */
  public int removed() {
    return changes.removed().size();
  }

  public boolean publishFailed() {
    return published.stream().anyMatch(p -> !p.ok());
  }
}
