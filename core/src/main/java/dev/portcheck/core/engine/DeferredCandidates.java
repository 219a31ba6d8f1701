package dev.portcheck.core.engine;

import dev.portcheck.core.candidates.PortCandidate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * One file's candidates as its index block holds them, decoded on first use. The block passed its
 * checksum when it was read, so decoding it later is as safe as decoding it at once; until then the
 * heap holds the block's bytes, a fraction of what the decoded candidates take.
 */
final class DeferredCandidates extends AbstractList<PortCandidate> implements RandomAccess {
  private final int size;
  private ScanReader reader;
  private List<PortCandidate> decoded;

  /** {@code size} candidates, the next thing {@code reader} reads. */
  DeferredCandidates(int size, ScanReader reader) {
    this.size = size;
    this.reader = reader;
  }

  private synchronized List<PortCandidate> decoded() {
    if (decoded == null) {
      try {
        decoded = List.copyOf(reader.candidates(size));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read back the incremental index", e);
      }
      reader = null; // the block's bytes can go
    }
    return decoded;
  }

  @Override
  public PortCandidate get(int index) {
    return decoded().get(index);
  }

  @Override
  public int size() {
    return size;
  }

  /** True until something asks for a candidate. */
  synchronized boolean deferred() {
    return decoded == null;
  }
}
