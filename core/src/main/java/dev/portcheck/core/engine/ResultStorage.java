package dev.portcheck.core.engine;

/**
 * Where the per-file results of an analysis wait for the cross-file rules and the reports. Either
 * way the result is the same; only the memory it takes differs.
 */
public enum ResultStorage {
  /** Every candidate and finding on the heap: fastest while they fit. */
  HEAP,
  /** In a temporary file, read back one file at a time: the heap holds a few numbers per file. */
  DISK,
  /** On the heap unless the files' results would take more than a quarter of the maximum heap. */
  AUTO;

  /**
   * What one generated file's results take on the heap (candidates, literals, findings and their
   * strings): 176 MB retained for 20,000 files, measured with {@code jmap -histo:live}. Real
   * configurations hold fewer ports per file, so this errs towards the disk.
   */
  static final long HEAP_BYTES_PER_FILE = 9_000;

  public boolean onDisk(int files, long maxHeapBytes) {
    return switch (this) {
      case HEAP -> false;
      case DISK -> true;
      case AUTO -> files * HEAP_BYTES_PER_FILE > maxHeapBytes / 4;
    };
  }
}
