package org.diplograph.pipeline;

import java.util.List;

/**
 * What one publisher did after a build: graphs replaced and deleted at {@code target}, and the
 * failures (with how many changes were left for the next run, which retries them).
 */
public record PublishReport(String target, int replaced, int deleted, int unchanged, List<String> failures,
    int left) {
  public PublishReport {
    failures = List.copyOf(failures);
  }

  public boolean ok() {
    return failures.isEmpty();
  }
}
