package dev.portcheck.core.engine;

import java.util.Optional;

/** Earlier scan results by file and content hash, so unchanged files are not parsed again. */
public interface ScanCache {
  /** No caching: every file is scanned. */
  ScanCache NONE =
      new ScanCache() {
        @Override
        public boolean enabled() {
          return false;
        }

        @Override
        public Optional<FileScanner.FileScan> lookup(String file, String sha256) {
          return Optional.empty();
        }

        @Override
        public void store(String file, String sha256, FileScanner.FileScan scan) {}
      };

  boolean enabled();

  Optional<FileScanner.FileScan> lookup(String file, String sha256);

  void store(String file, String sha256, FileScanner.FileScan scan);
}
