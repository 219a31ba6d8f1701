package dev.portcheck.core.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A temporary file that holds per-file results in {@link ScanWriter} form while they wait for the
 * cross-file rules and the reports, so the heap holds a few numbers per file instead of every
 * candidate and finding. Appends are serialised; reads are positional and may run on any thread.
 * The file is opened delete-on-close (on Unix it is unlinked at once, so nothing is left behind
 * even if the JVM dies) and closed when the results that read it are no longer reachable.
 */
final class ResultSpill {
  private static final Cleaner CLEANER = Cleaner.create();

  private final FileChannel channel;
  private final BlockFiles.Appender appender;

  /** Where one file's candidates and findings are, and how many of each. */
  record Block(long offset, int candidateBytes, int findingBytes, int candidates, int findings) {}

  ResultSpill() throws IOException {
    try {
      Path file = Files.createTempFile("portcheck-results-", ".bin");
      channel =
          FileChannel.open(
              file,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE,
              StandardOpenOption.DELETE_ON_CLOSE);
    } catch (IOException e) {
      throw new IOException(
          "the results of this many files would crowd the heap, and no temporary file can be"
              + " created for them in "
              + System.getProperty("java.io.tmpdir")
              + " ("
              + e.getMessage()
              + "); set java.io.tmpdir to a writable folder or give the JVM more heap",
          e);
    }
    appender = new BlockFiles.Appender(channel, 0);
    FileChannel open = channel;
    CLEANER.register(this, () -> BlockFiles.closeQuietly(open));
  }

  /** Encodes and appends one file's results; safe to call from several threads. */
  Block write(FileScanner.FileScan result) throws IOException {
    byte[] candidates = BlockFiles.encode(w -> w.candidates(result.candidates()));
    byte[] findings = BlockFiles.encode(w -> w.findings(result.findings()));
    ByteBuffer both = ByteBuffer.allocate(candidates.length + findings.length);
    both.put(candidates).put(findings).flip();
    long at = appender.append(both);
    return new Block(
        at,
        candidates.length,
        findings.length,
        result.candidates().size(),
        result.findings().size());
  }

  /** The candidates of one block, in the order they were written. */
  List<dev.portcheck.core.candidates.PortCandidate> candidates(Block block) {
    try {
      return reader(block.offset(), block.candidateBytes()).candidates();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read back the results of this run", e);
    }
  }

  /** The findings of one block, in the order they were written. */
  List<dev.portcheck.core.findings.Finding> findings(Block block) {
    try {
      return reader(block.offset() + block.candidateBytes(), block.findingBytes()).findings();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read back the results of this run", e);
    }
  }

  private ScanReader reader(long offset, int length) throws IOException {
    return new ScanReader(BlockFiles.read(channel, offset, length));
  }
}
