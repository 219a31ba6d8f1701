package dev.portcheck.core.engine;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The incremental index: per file its content hash and scan result, kept in the output folder and
 * valid only for the fingerprint it was written under (portcheck's version and every setting that
 * changes results). A re-run parses only files whose bytes changed; the cross-file rules still run
 * on everything. Thread-safe for parallel scans.
 */
public final class IncrementalIndex implements ScanCache {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
          .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** What the index file holds. */
  record Stored(String fingerprint, Map<String, Entry> files) {}

  /** One file's hash and scan. */
  record Entry(String sha256, FileScanner.FileScan scan) {}

  private final String fingerprint;
  private final Map<String, Entry> previous;
  private final Map<String, Entry> current = new ConcurrentHashMap<>();
  private final AtomicInteger reused = new AtomicInteger();
  private final AtomicInteger scanned = new AtomicInteger();

  private IncrementalIndex(String fingerprint, Map<String, Entry> previous) {
    this.fingerprint = fingerprint;
    this.previous = previous;
  }

  /**
   * The index stored at {@code file} when it was written under {@code fingerprint}; an empty one
   * when it is absent, unreadable or from other settings.
   */
  public static IncrementalIndex load(Path file, String fingerprint) {
    if (Files.isRegularFile(file)) {
      try {
        Stored stored = JSON.readValue(file.toFile(), Stored.class);
        if (fingerprint.equals(stored.fingerprint()) && stored.files() != null) {
          return new IncrementalIndex(fingerprint, Map.copyOf(stored.files()));
        }
      } catch (IOException | RuntimeException unreadable) {
        // an index from another version or a broken file: start afresh
      }
    }
    return new IncrementalIndex(fingerprint, Map.of());
  }

  @Override
  public boolean enabled() {
    return true;
  }

  @Override
  public Optional<FileScanner.FileScan> lookup(String file, String sha256) {
    Entry e = previous.get(file);
    if (e == null || !e.sha256().equals(sha256)) {
      return Optional.empty();
    }
    current.put(file, e);
    reused.incrementAndGet();
    return Optional.of(e.scan());
  }

  @Override
  public void store(String file, String sha256, FileScanner.FileScan scan) {
    current.put(file, new Entry(sha256, scan));
    scanned.incrementAndGet();
  }

  /** Files whose earlier scan was reused in this run. */
  public int reused() {
    return reused.get();
  }

  /** Files parsed in this run. */
  public int scanned() {
    return scanned.get();
  }

  /** Writes the entries of this run (files gone since are dropped), sorted for stable output. */
  public void save(Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    JSON.writeValue(file.toFile(), new Stored(fingerprint, new TreeMap<>(current)));
  }
}
