package dev.portcheck.core.engine;

import dev.portcheck.core.files.FileStamp;
import dev.portcheck.core.findings.Finding;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The incremental index: per file its size, modification time, content hash and scan result, kept
 * in the output folder and valid only for the fingerprint it was written under (portcheck's version
 * and every setting that changes results). A file whose size and time are as recorded is not even
 * read; one whose bytes hash as recorded is not parsed; the cross-file rules still run on
 * everything. Binary, with each string stored once. Thread-safe for parallel scans.
 */
public final class IncrementalIndex implements ScanCache {
  private static final int MAGIC = 0x50434958; // "PCIX"
  private static final int FORMAT = 3;

  /**
   * A file changed this close before the run that recorded it may change again within the same
   * clock tick of a coarse file system; such a stamp is not trusted and the file is hashed.
   */
  private static final long RACY_MILLIS = 2_000;

  /** One file's stamp, hash and scan. */
  record Entry(FileStamp stamp, String sha256, FileScanner.FileScan scan) {}

  private final String fingerprint;
  private final long previousRunStart;
  private final Map<String, Entry> previous;
  private final Map<String, Entry> current = new ConcurrentHashMap<>();
  private final long runStart = System.currentTimeMillis();
  private final AtomicInteger reused = new AtomicInteger();
  private final AtomicInteger scanned = new AtomicInteger();
  private final AtomicBoolean changed = new AtomicBoolean();

  private final List<Finding> previousCrossFile;
  private volatile List<Finding> crossFile;

  private IncrementalIndex(
      String fingerprint,
      long previousRunStart,
      Map<String, Entry> previous,
      List<Finding> previousCrossFile) {
    this.fingerprint = fingerprint;
    this.previousRunStart = previousRunStart;
    this.previous = previous;
    this.previousCrossFile = previousCrossFile;
  }

  /**
   * The index stored at {@code file} when it was written under {@code fingerprint}; an empty one
   * when it is absent, unreadable, of another format or from other settings.
   */
  public static IncrementalIndex load(Path file, String fingerprint) {
    if (Files.isRegularFile(file)) {
      try {
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
        if (in.getInt() == MAGIC && in.getInt() == FORMAT) {
          ScanCodec.Reader reader = new ScanCodec.Reader(in);
          if (fingerprint.equals(reader.string())) {
            long recorded = reader.readLong();
            int n = reader.count();
            Map<String, Entry> entries = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
              String path = reader.string();
              FileStamp stamp = new FileStamp(reader.readLong(), reader.readLong());
              String sha256 = reader.string();
              entries.put(path, new Entry(stamp, sha256, reader.scan()));
            }
            return new IncrementalIndex(fingerprint, recorded, entries, reader.findings());
          }
        }
      } catch (IOException | RuntimeException unreadable) {
        // an index from another version or a broken file: start afresh
      }
    }
    return new IncrementalIndex(fingerprint, 0, Map.of(), null);
  }

  @Override
  public boolean enabled() {
    return true;
  }

  @Override
  public Optional<FileScanner.FileScan> lookup(String file, FileStamp stamp) {
    Entry e = previous.get(file);
    if (e == null
        || stamp.size() < 0
        || !e.stamp().equals(stamp)
        || stamp.modifiedMillis() >= previousRunStart - RACY_MILLIS) {
      return Optional.empty();
    }
    current.put(file, e);
    reused.incrementAndGet();
    return Optional.of(e.scan());
  }

  @Override
  public Optional<FileScanner.FileScan> lookup(String file, String sha256, FileStamp stamp) {
    Entry e = previous.get(file);
    if (e == null || !e.sha256().equals(sha256)) {
      return Optional.empty();
    }
    current.put(file, new Entry(stamp, sha256, e.scan()));
    if (!e.stamp().equals(stamp) || stamp.modifiedMillis() >= previousRunStart - RACY_MILLIS) {
      changed.set(true); // record the new stamp, or one this run can trust next time
    }
    reused.incrementAndGet();
    return Optional.of(e.scan());
  }

  @Override
  public void store(String file, String sha256, FileStamp stamp, FileScanner.FileScan scan) {
    current.put(file, new Entry(stamp, sha256, scan));
    changed.set(true);
    scanned.incrementAndGet();
  }

  @Override
  public Optional<List<Finding>> crossFileFindings() {
    boolean sameFiles = scanned.get() == 0 && current.size() == previous.size();
    return sameFiles && previousCrossFile != null
        ? Optional.of(previousCrossFile)
        : Optional.empty();
  }

  @Override
  public void storeCrossFileFindings(List<Finding> findings) {
    crossFile = List.copyOf(findings);
    changed.set(true);
  }

  /** Files whose earlier scan was reused in this run. */
  public int reused() {
    return reused.get();
  }

  /** Files parsed in this run. */
  public int scanned() {
    return scanned.get();
  }

  /**
   * Writes the entries of this run (files gone since are dropped), sorted for stable output; when
   * every file was found as recorded and none went away, the stored index is already right and is
   * left as it is.
   */
  public void save(Path file) throws IOException {
    if (!changed.get() && current.size() == previous.size() && Files.isRegularFile(file)) {
      // every file as recorded and the cross-file findings taken from this very index
      return;
    }
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      ScanCodec.Writer writer = new ScanCodec.Writer(out);
      writer.string(fingerprint);
      out.writeLong(runStart);
      out.writeInt(current.size());
      for (Map.Entry<String, Entry> e : new TreeMap<>(current).entrySet()) {
        writer.string(e.getKey());
        out.writeLong(e.getValue().stamp().size());
        out.writeLong(e.getValue().stamp().modifiedMillis());
        writer.string(e.getValue().sha256());
        writer.scan(e.getValue().scan());
      }
      writer.findings(crossFile != null ? crossFile : List.of());
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
  }
}
