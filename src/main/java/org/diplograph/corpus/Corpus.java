package org.diplograph.corpus;

import java.util.List;

/** What reading a corpus folder produced: the readable articles (sorted by id) and the rejects. */
public record Corpus(List<Article> articles, List<InputProblem> problems) {
  public Corpus {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }
}
