package dev.portcheck.core.engine;

import dev.portcheck.core.files.FileStamp;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.WiringGraph;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The incremental index: per file its size, modification time, content hash and scan result, kept
 * in the output folder and valid only for the fingerprint it was written under (portcheck's version
 * and every setting that changes results). A file whose size and time are as recorded is not even
 * read; one whose bytes hash as recorded is not parsed; the cross-file rules still run on
 * everything.
 *
 * <p>Only the directory (paths, stamps, hashes, where each scan is) lives on the heap. Each scan is
 * a self-contained block of the index file, decoded when its file is looked up, on the thread that
 * scans it; scans of this run go straight to the next index file ({@link IndexFile}). So the heap
 * holds about a hundred bytes per file, and an unchanged re-run decodes on every scan thread.
 * Thread-safe for parallel scans.
 */
public final class IncrementalIndex implements ScanCache, Closeable {
  /**
   * A file changed this close before the run that recorded it may change again within the same
   * clock tick of a coarse file system; such a stamp is not trusted and the file is hashed.
   */
  private static final long RACY_MILLIS = 2_000;

  private final Path file;
  private final String fingerprint;
  private final String checkout;
  private final boolean shortcut;
  private final IndexFile.Contents previous;
  private final IndexFile.Writer next;
  private final Map<String, IndexEntry> current = new ConcurrentHashMap<>();
  private final long runStart = System.currentTimeMillis();
  private final AtomicInteger reused = new AtomicInteger();
  private final AtomicInteger scanned = new AtomicInteger();
  private final AtomicBoolean changed = new AtomicBoolean();
  private volatile List<Finding> crossFile;
  private volatile WiringOutcome wiring;
  private volatile boolean wiringReused;
  private volatile boolean unchangedRun; // took the stored findings (UnchangedRun)
  private volatile String consulted; // what the wiring model read outside the scan, once known
  private volatile StoredFindings.Pending finals; // to be stored beside the index on save

  private IncrementalIndex(Path file, String fingerprint, String checkout, boolean shortcut) {
    this.file = file;
    this.fingerprint = fingerprint;
    this.checkout = checkout;
    this.previous = IndexFile.read(file, fingerprint);
    this.next = new IndexFile.Writer(file.resolveSibling(file.getFileName() + ".part"));
    this.shortcut = shortcut;
  }

  /**
   * The index stored at {@code file} when it was written under {@code fingerprint}; an empty one
   * when it is absent, unreadable, of another format or from other settings. Close it, or {@link
   * #save} it, when the analysis is done.
   */
  public static IncrementalIndex load(Path file, String fingerprint) {
    return load(file, fingerprint, "");
  }

  /**
   * Like {@link #load(Path, String)} for the checkout at {@code checkout} (the module's absolute
   * folder): the files' size and time recorded by an index that another checkout wrote (restored
   * from a build cache, copied, moved) are not trusted, so every file is hashed; its scans are
   * still reused where the content hashes match.
   */
  public static IncrementalIndex load(Path file, String fingerprint, String checkout) {
    return new IncrementalIndex(file, fingerprint, checkout, true);
  }

  /**
   * The stored index read afresh, for a full analysis after an unchanged run took the stored
   * findings (its candidates, reactor summary); it never takes that shortcut itself. Close it
   * without saving: the stored index is already right.
   */
  IncrementalIndex reopened() {
    return new IncrementalIndex(file, fingerprint, checkout, false);
  }

  /** True when this index was written under these settings in this checkout. */
  boolean trustsStamps() {
    return shortcut && previous != IndexFile.Contents.NONE && checkout.equals(previous.checkout());
  }

  /** Where the findings stored with this index are. */
  Path storedFindingsFile() {
    return StoredFindings.beside(file);
  }

  /**
   * True when {@code path} is in the index with this very size and time, recorded long enough
   * before that run to be trusted: its content is taken to be what was hashed then.
   */
  boolean recordedAsIs(String path, FileStamp stamp) {
    IndexEntry e = previous.entries().get(path);
    return e != null
        && stamp.size() >= 0
        && e.stamp().equals(stamp)
        && stamp.modifiedMillis() < previous.runStart() - RACY_MILLIS;
  }

  /** How many files the stored index holds. */
  int recordedFiles() {
    return previous.entries().size();
  }

  /** The content digest of the stored index's files with {@code consulted}. */
  String recordedDigest(String consulted) {
    return ContentDigest.of(fingerprint, previous.entries(), consulted);
  }

  /** Every recorded file counts as reused; this run's findings are the stored ones. */
  void takeRecorded(StoredFindings stored) {
    current.putAll(previous.entries());
    reused.set(current.size());
    consulted = stored.consulted();
    unchangedRun = true;
  }

  /** The wiring graph of the stored index, when it holds one. */
  Optional<WiringGraph> storedGraph() {
    return Optional.ofNullable(previous.wiring()).map(WiringOutcome::graph);
  }

  @Override
  public boolean enabled() {
    return true;
  }

  @Override
  public Optional<FileScanner.FileScan> lookup(String file, FileStamp stamp) {
    if (!checkout.equals(previous.checkout()) || !recordedAsIs(file, stamp)) {
      return Optional.empty();
    }
    IndexEntry e = previous.entries().get(file);
    return reuse(file, e, e);
  }

  @Override
  public Optional<FileScanner.FileScan> lookup(String file, String sha256, FileStamp stamp) {
    IndexEntry e = previous.entries().get(file);
    if (e == null || !e.sha256().equals(sha256)) {
      return Optional.empty();
    }
    if (!e.stamp().equals(stamp) || stamp.modifiedMillis() >= previous.runStart() - RACY_MILLIS) {
      changed.set(true); // record the new stamp, or one this run can trust next time
    }
    return reuse(file, e, e.restamped(stamp));
  }

  /** The recorded scan, or nothing when its block cannot be read back (the file is scanned). */
  private Optional<FileScanner.FileScan> reuse(String file, IndexEntry recorded, IndexEntry kept) {
    Optional<FileScanner.FileScan> scan = previous.scan(recorded);
    if (scan.isPresent()) {
      current.put(file, kept);
      reused.incrementAndGet();
    }
    return scan;
  }

  @Override
  public void store(String file, String sha256, FileStamp stamp, FileScanner.FileScan scan) {
    current.put(file, next.append(sha256, stamp, scan));
    changed.set(true);
    scanned.incrementAndGet();
  }

  @Override
  public Optional<List<Finding>> crossFileFindings() {
    return sameFiles() && previous.crossFile() != null
        ? Optional.of(previous.crossFile())
        : Optional.empty();
  }

  /** True when every file of this run was found unchanged and none came or went. */
  private boolean sameFiles() {
    return scanned.get() == 0 && current.size() == previous.entries().size();
  }

  @Override
  public Optional<WiringOutcome> wiringOutcome(Predicate<String> consultedUnchanged) {
    Optional<WiringOutcome> known =
        sameFiles()
            ? Optional.ofNullable(previous.wiring())
                .filter(o -> consultedUnchanged.test(o.consulted()))
            : Optional.empty();
    wiringReused = known.isPresent();
    known.ifPresent(o -> consulted = o.consulted());
    return known;
  }

  /** True when this run took the wiring findings and graph from the index. */
  public boolean wiringReused() {
    return wiringReused;
  }

  @Override
  public void storeWiringOutcome(WiringOutcome outcome) {
    wiring = outcome;
    consulted = outcome.consulted();
    changed.set(true);
  }

  @Override
  public void storeFinalFindings(List<Finding> findings, int candidates) {
    finals = new StoredFindings.Pending(findings, candidates);
  }

  @Override
  public void storeCrossFileFindings(List<Finding> findings) {
    crossFile = List.copyOf(findings);
    changed.set(true);
  }

  /**
   * The hash of what this run's result is made of: the fingerprint, every file's path and content
   * hash, and what the wiring model read outside the scan. Equal digests, equal results; call it
   * when the analysis is done.
   */
  public String contentDigest() {
    return ContentDigest.of(fingerprint, current, consulted);
  }

  /**
   * True when this run's findings, as the analysis gave them, follow from {@link #contentDigest()}
   * alone: they were stored for the next run, or taken from the stored list. Not so when a walk
   * problem or the heap (wiring rules left out) shaped them.
   */
  public boolean findingsFollowDigest() {
    return unchangedRun || (finals != null && consulted != null);
  }

  /** True when this run took the findings stored with the index (see UnchangedRun). */
  public boolean tookStoredFindings() {
    return unchangedRun;
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
   * Writes the entries of this run (files gone since are dropped), the directory sorted for stable
   * output; when every file was found as recorded and none went away, the stored index is already
   * right and is left as it is. Closes the index.
   */
  public void save(Path file) throws IOException {
    try {
      Path stored = StoredFindings.beside(file);
      if (changed.get()
          || !checkout.equals(previous.checkout())
          || current.size() != previous.entries().size()
          || !Files.isRegularFile(file)) {
        StoredFindings.forget(stored); // it belongs to the index about to be replaced
        write(file);
      } // else every file as recorded and the cross-file findings taken from this very index
      StoredFindings.Pending found = finals;
      if (found != null && consulted != null) {
        found.store(contentDigest(), consulted, stored);
      }
    } finally {
      close();
    }
  }

  private void write(Path file) throws IOException {
    Path partial =
        next.finish(
            fingerprint,
            runStart,
            checkout,
            new TreeMap<>(current),
            previous,
            crossFile != null ? crossFile : List.of(),
            wiring != null ? wiring : wiringReused ? previous.wiring() : null);
    previous.close(); // released before it is replaced (Windows refuses to replace an open file)
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Releases the index files; what was not saved is dropped. */
  @Override
  public void close() {
    previous.close();
    next.discard();
  }
}
