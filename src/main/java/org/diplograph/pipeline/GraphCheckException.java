package org.diplograph.pipeline;

import java.util.List;

/** A build's graph failed a {@link GraphCheck}; nothing was written. */
public final class GraphCheckException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> problems;

  public GraphCheckException(String check, List<String> problems) {
    super(check + " failed with " + problems.size() + " problem(s); nothing was written:\n  "
        + String.join("\n  ", problems.subList(0, Math.min(problems.size(), 50)))
        + (problems.size() > 50 ? "\n  ... and " + (problems.size() - 50) + " more" : ""));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
