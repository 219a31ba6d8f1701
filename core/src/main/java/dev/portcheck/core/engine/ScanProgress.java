package dev.portcheck.core.engine;

/** Told how many files of the total are done, so a long scan can report progress. */
@FunctionalInterface
public interface ScanProgress {
  ScanProgress NONE = (done, total) -> {};

  /** Called after each file; implementations throttle themselves and must be thread-safe. */
  void filesDone(int done, int total);
}
