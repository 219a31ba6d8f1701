package dev.portcheck.core.engine;

import java.util.Optional;

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

  boolean enabled();

  /** The earlier scan when the file's size and modification time say it was not touched since. */
  Optional<FileScanner.FileScan> lookup(String file, FileStamp stamp);

  /** The earlier scan of the same bytes; {@code stamp} is recorded for the next run. */
  Optional<FileScanner.FileScan> lookup(String file, String sha256, FileStamp stamp);

  void store(String file, String sha256, FileStamp stamp, FileScanner.FileScan scan);
}
