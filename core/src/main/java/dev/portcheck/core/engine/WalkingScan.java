package dev.portcheck.core.engine;

import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.files.FileCollector;
import dev.portcheck.core.files.FileStamp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Walks the module and works on each file the walk finds. With a pool, the walk runs on the calling
 * thread and hands files to one worker per pool thread as it finds them, so scanning does not wait
 * for the walk (which costs as much as a third of an unchanged re-run); without one, files are
 * worked on after the walk. Either way results come back in path order.
 */
final class WalkingScan {
  private WalkingScan() {}

  /**
   * The work on one file. {@code held}: at most how many results are held once it is done (its
   * position in path order without a pool; with one, the walk's count so far, since other workers
   * may be ahead). {@code found}: how many files the walk has found so far.
   */
  interface FileWork<T> {
    T run(ConfigFile file, Optional<FileStamp> stamp, int held, int found) throws IOException;
  }

  /** The walk and a result per file, in the walk's path order. */
  record Outcome<T>(FileCollector.Collected collected, List<T> results) {}

  private record Found(ConfigFile file, FileStamp stamp) {}

  /** Tells a worker that the walk is over. */
  private static final Found END = new Found(null, null);

  static <T> Outcome<T> run(
      FileCollector collector, Path base, ExecutorService pool, int threads, FileWork<T> work)
      throws IOException {
    if (pool == null) {
      FileCollector.Collected collected = collector.collect(base);
      List<ConfigFile> files = collected.files();
      List<T> results = new ArrayList<>(files.size());
      for (ConfigFile f : files) {
        results.add(work.run(f, collected.stampOf(f), results.size() + 1, files.size()));
      }
      return new Outcome<>(collected, results);
    }
    BlockingQueue<Found> queue = new LinkedBlockingQueue<>();
    Map<ConfigFile, T> done = new ConcurrentHashMap<>();
    AtomicInteger found = new AtomicInteger();
    AtomicBoolean failed = new AtomicBoolean();
    List<Future<Void>> workers = new ArrayList<>(threads);
    for (int i = 0; i < threads; i++) {
      workers.add(
          pool.submit(
              () -> {
                for (Found f = queue.take(); f != END; f = queue.take()) {
                  if (failed.get()) {
                    continue; // another worker failed: drain until the walk ends
                  }
                  try {
                    int known = found.get();
                    done.put(f.file(), work.run(f.file(), Optional.of(f.stamp()), known, known));
                  } catch (IOException | RuntimeException | Error e) {
                    failed.set(true);
                    throw e;
                  }
                }
                return null;
              }));
    }
    FileCollector.Collected collected;
    try {
      collected =
          collector.collect(
              base,
              (file, stamp) -> {
                found.incrementAndGet();
                queue.add(new Found(file, stamp));
              });
    } finally {
      for (int i = 0; i < threads; i++) {
        queue.add(END); // the workers end even when the walk failed
      }
    }
    Parallel.awaitAll(workers);
    List<T> results = new ArrayList<>(collected.files().size());
    for (ConfigFile f : collected.files()) {
      results.add(done.get(f));
    }
    return new Outcome<>(collected, results);
  }
}
