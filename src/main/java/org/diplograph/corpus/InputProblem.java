package org.diplograph.corpus;

/** A corpus file that was not processed, with the reason in words an operator can act on. */
public record InputProblem(String sourcePath, String reason) implements CorpusEntry {
  @Override
  public String toString() {
    return sourcePath + ": " + reason;
  }
}
