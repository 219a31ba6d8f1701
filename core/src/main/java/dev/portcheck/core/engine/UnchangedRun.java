package dev.portcheck.core.engine;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.files.FileCollector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Predicate;

/**
 * The stamps-only path of a re-run: when the walk finds every file as the index recorded it (same
 * checkout, size and time), no file came or went, and what the wiring model read outside the scan
 * is as it was, the module's findings are the ones the last run stored beside the index ({@link
 * StoredFindings}), read in one piece instead of every file's block.
 *
 * <p>What the log and the report key need comes from that list. What only reports being written or
 * other modules of the reactor need (the candidates, the reactor summary) is worked out, if asked
 * for, by a full analysis of the stored index, which reuses every block as any unchanged re-run did
 * before this path existed. Any doubt (a stamp differs, a file was added, a folder could not be
 * read, the list does not belong to the index) gives the full path instead.
 */
final class UnchangedRun {
  private UnchangedRun() {}

  /** Thrown from the walk at the first file that is not as recorded: no use walking on. */
  private static final class Changed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Changed() {
      super(null, null, false, false); // control flow only: no stack trace to fill
    }
  }

  /** The result of an unchanged run, or empty when the full path must run. */
  static Optional<AnalysisResult> attempt(
      PortcheckEngine engine, AnalysisRequest request, IncrementalIndex index) throws IOException {
    if (!mayBeUnchanged(index)) {
      return Optional.empty();
    }
    FileCollector.Collected walk;
    try {
      walk =
          new FileCollector(request.includes(), request.excludes())
              .collect(
                  request.baseDir(),
                  (file, stamp) -> {
                    if (!index.recordedAsIs(file.relativePath(), stamp)) {
                      throw new Changed();
                    }
                  });
    } catch (Changed changed) {
      return Optional.empty();
    }
    if (!walk.problems().isEmpty()) {
      return Optional.empty(); // an unreadable folder may hide a file: judged afresh
    }
    ModuleSurroundings around =
        new ModuleSurroundings(request.baseDir(), request.charset(), request.images());
    Optional<StoredFindings> stored =
        walk.files().size() == index.recordedFiles()
            ? stored(index, around::unchangedSince)
            : Optional.empty();
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    index.takeRecorded(stored.get());
    Lazy<AnalysisResult> full = Lazy.later(() -> fullAnalysis(engine, request, index));
    return Optional.of(
        new AnalysisResult(
            walk.files().stream().map(ConfigFile::relativePath).toList(),
            new LaterCandidates(stored.get().candidates(), full),
            stored.get().findings(),
            Lazy.later(() -> index.storedGraph().orElseGet(() -> full.get().wiring())),
            Lazy.later(() -> full.get().reactor())));
  }

  /**
   * True when an unchanged run may be possible: an index of these settings written in this
   * checkout, with its stored findings beside it, small enough for the heap. Cheap; saves a walk
   * when it cannot be.
   */
  private static boolean mayBeUnchanged(IncrementalIndex index) {
    return index.trustsStamps()
        && StoredFindings.fits(index.storedFindingsFile(), Runtime.getRuntime().maxMemory());
  }

  /**
   * The stored findings, when the files the wiring model read outside the scan are as they were and
   * the list belongs to this very index: its digest is worked out again from the recorded hashes.
   * The digest covers what the wiring model read, so the index's wiring outcome stays unread.
   */
  private static Optional<StoredFindings> stored(
      IncrementalIndex index, Predicate<String> consultedUnchanged) {
    return StoredFindings.read(index.storedFindingsFile())
        .filter(s -> consultedUnchanged.test(s.consulted()))
        .filter(s -> s.digest().equals(index.recordedDigest(s.consulted())));
  }

  private static AnalysisResult fullAnalysis(
      PortcheckEngine engine, AnalysisRequest request, IncrementalIndex index) {
    try (IncrementalIndex again = index.reopened()) {
      return engine.analyze(request, again);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse " + request.baseDir() + " again", e);
    }
  }

  /**
   * The candidates of an unchanged run: their number as stored, the candidates themselves from a
   * full analysis when something reads them (reports being written).
   */
  static final class LaterCandidates extends AbstractList<PortCandidate> implements RandomAccess {
    private final int stored;
    private final Lazy<AnalysisResult> full;

    LaterCandidates(int stored, Lazy<AnalysisResult> full) {
      this.stored = stored;
      this.full = full;
    }

    @Override
    public PortCandidate get(int index) {
      return full.get().candidates().get(index);
    }

    @Override
    public int size() {
      // the stored count until the candidates are read; then theirs, should a file have changed
      return full.known() ? full.get().candidates().size() : stored;
    }
  }
}
