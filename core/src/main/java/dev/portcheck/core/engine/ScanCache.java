package dev.portcheck.core.engine;

import dev.portcheck.core.files.FileStamp;
import dev.portcheck.core.findings.Finding;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Earlier scan results by file and content, so unchanged files are not parsed again. */
public interface ScanCache {
  /** No caching: every file is scanned. */
  ScanCache NONE =
      new ScanCache() {
        @Override
        public boolean enabled() {
          return false;
        }

        @Override
        public Optional<FileScanner.FileScan> lookup(String file, FileStamp stamp) {
          return Optional.empty();
        }

        @Override
        public Optional<FileScanner.FileScan> lookup(String file, String sha256, FileStamp stamp) {
          return Optional.empty();
        }

        @Override
        public void store(String file, String sha256, FileStamp stamp, FileScanner.FileScan scan) {}
      };

  /**
   * The cross-file rules' findings of the last run, when every file of this run was found unchanged
   * and none came or went: the rules would find the same again. Ask after every file is scanned.
   */
  default Optional<List<Finding>> crossFileFindings() {
    return Optional.empty();
  }

  /** Keeps the cross-file rules' findings of this run for the next one. */
  default void storeCrossFileFindings(List<Finding> findings) {}

  /**
   * The wiring outcome of the last run when every file of this run was found unchanged, none came
   * or went, and {@code consultedUnchanged} accepts what it records of the files outside the scan.
   */
  default Optional<WiringOutcome> wiringOutcome(Predicate<String> consultedUnchanged) {
    return Optional.empty();
  }

  /** Keeps this run's wiring outcome for the next one. */
  default void storeWiringOutcome(WiringOutcome outcome) {}

  /**
   * Keeps this run's final findings and candidate count, so that a next run that finds every file
   * as recorded can take them as they are. Called only when they follow from the files, the
   * settings and what the wiring model read alone (no walk problem, no wiring dropped for heap).
   */
  default void storeFinalFindings(List<Finding> findings, int candidates) {}

  boolean enabled();

  /** The earlier scan when the file's size and modification time say it was not touched since. */
  Optional<FileScanner.FileScan> lookup(String file, FileStamp stamp);

  /** The earlier scan of the same bytes; {@code stamp} is recorded for the next run. */
  Optional<FileScanner.FileScan> lookup(String file, String sha256, FileStamp stamp);

  void store(String file, String sha256, FileStamp stamp, FileScanner.FileScan scan);
}
