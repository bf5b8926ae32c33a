package org.diplograph.publish;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * Runs a blocking request with a time limit. Java's HTTP client has no overall request timeout
 * here (Jena builds the requests), and an endpoint that accepts a connection and never answers
 * would otherwise keep a scheduled build, and its output lock, forever.
 */
final class Deadline {
  private Deadline() {}

  static void run(Duration limit, Runnable request) {
    ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "diplograph-publish");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<?> result = thread.submit(request);
      result.get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("no answer within " + limit.toSeconds() + " s", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      thread.shutdownNow();
    }
  }
}
