package dev.portcheck.core.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Running work on the engine's pool, or on the calling thread without one. */
final class Parallel {
  private Parallel() {}

  /** Runs the tasks on the pool (or here, without one) and returns their results in order. */
  /** A result still being worked out; {@link #get} waits for it. */
  interface Pending<T> {
    T get() throws IOException;
  }

  /**
   * The tasks submitted to the pool, their results to be collected later in order; without a pool
   * they are run at once, on this thread.
   */
  static <T> Pending<List<T>> start(ExecutorService pool, List<Callable<T>> tasks)
      throws IOException {
    if (pool == null) {
      List<T> results = runAll(null, tasks);
      return () -> results;
    }
    List<Future<T>> futures = new ArrayList<>(tasks.size());
    for (Callable<T> task : tasks) {
      futures.add(pool.submit(task));
    }
    return () -> awaitAll(futures);
  }

  static <T> List<T> runAll(ExecutorService pool, List<Callable<T>> tasks) throws IOException {
    if (pool == null) {
      List<T> results = new ArrayList<>(tasks.size());
      for (Callable<T> task : tasks) {
        try {
          results.add(task.call());
        } catch (IOException | RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IOException("analysis failed: " + e, e);
        }
      }
      return results;
    }
    List<Future<T>> futures = new ArrayList<>(tasks.size());
    for (Callable<T> task : tasks) {
      futures.add(pool.submit(task));
    }
    return awaitAll(futures);
  }

  /** The futures' results in order; the first failure as an IOException. */
  static <T> List<T> awaitAll(List<Future<T>> futures) throws IOException {
    try {
      List<T> results = new ArrayList<>(futures.size());
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("analysis interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof IOException
          ? new IOException(cause.getMessage(), cause)
          : new IOException("analysis failed: " + cause, cause);
    }
  }
}
