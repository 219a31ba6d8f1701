package dev.portcheck.core.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** The engine's two ways of sharing work between threads; without a pool, work runs here. */
final class Parallel {
  private Parallel() {}

  /** One piece of per-file work. */
  interface IndexTask<T> {
    T run(int index) throws IOException;
  }

  /**
   * Runs {@code task} for every index from 0 to n-1, each of {@code threads} workers taking the
   * next index (no task object waits per file), and returns the results in index order.
   */
  static <T> List<T> runEach(ExecutorService pool, int threads, int n, IndexTask<T> task)
      throws IOException {
    Object[] results = new Object[n];
    AtomicInteger next = new AtomicInteger();
    Callable<Void> worker =
        () -> {
          for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            try {
              results[i] = task.run(i);
            } catch (IOException | RuntimeException | Error e) {
              next.set(n); // the others stop after their current file
              throw e;
            }
          }
          return null;
        };
    runAll(pool, Collections.nCopies(pool == null ? 1 : threads, worker));
    @SuppressWarnings("unchecked") // every slot holds the T its task returned
    List<T> inOrder = (List<T>) Arrays.asList(results);
    return inOrder;
  }

  /** Runs the tasks on the pool (or here, without one) and returns their results in order. */
  static <T> List<T> runAll(ExecutorService pool, List<Callable<T>> tasks) throws IOException {
    try {
      if (pool == null) {
        List<T> results = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
          results.add(task.call());
        }
        return results;
      }
      List<Future<T>> futures = new ArrayList<>(tasks.size());
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(task));
      }
      List<T> results = new ArrayList<>(tasks.size());
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("analysis interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("analysis failed: " + e.getCause(), e.getCause());
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("analysis failed: " + e, e);
    }
  }
}
