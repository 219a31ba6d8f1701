package dev.portcheck.core.engine;

import dev.portcheck.core.findings.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A module's final findings as the last full run gave them (suppressions, rule settings, cross-file
 * and wiring rules applied), kept beside the incremental index in one block, so that a re-run that
 * finds every stamp as recorded reads this instead of every file's block.
 *
 * <p>It says which state it belongs to by {@code digest}, the index's {@link
 * IncrementalIndex#contentDigest()} of that run (fingerprint, every path and content hash, and
 * {@code consulted}, what the wiring model read outside the scan). A reader recomputes the digest
 * from the index it loaded and takes the list only when both agree, so a list left by another
 * index, another setting or another state of the files is never used.
 *
 * @param candidates how many port candidates that run found (logged; the candidates themselves stay
 *     in the index blocks)
 */
record StoredFindings(String digest, String consulted, int candidates, List<Finding> findings) {
  private static final int MAGIC = 0x50434646; // "PCFF"
  private static final int FORMAT = 1;
  private static final int HEADER = 16; // magic, format, body length, body CRC-32

  /**
   * A full run's findings, kept until the index is saved, which gives their digest. The list is not
   * copied: a large result is read back from its spill file as it is written.
   */
  record Pending(List<Finding> findings, int candidates) {
    void store(String digest, String consulted, Path file) throws IOException {
      new StoredFindings(digest, consulted, candidates, findings).write(file);
    }
  }

  /** The file beside {@code index} that holds its stored findings. */
  static Path beside(Path index) {
    return index.resolveSibling(index.getFileName() + ".findings");
  }

  /** Writes the list to a partial file and moves it in place, so a reader sees all or nothing. */
  void write(Path file) throws IOException {
    byte[] body =
        BlockFiles.encode(
            w -> {
              w.string(digest);
              w.string(consulted);
              w.integer(candidates);
              w.findings(findings);
            });
    ByteBuffer header = ByteBuffer.allocate(HEADER);
    header.putInt(MAGIC).putInt(FORMAT).putInt(body.length).putInt(crc(body, 0, body.length));
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    try (OutputStream out = Files.newOutputStream(partial)) {
      out.write(header.array());
      out.write(body);
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The list stored at {@code file}; empty when absent, damaged or of another format. */
  static Optional<StoredFindings> read(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      ByteBuffer in = ByteBuffer.wrap(bytes);
      if (bytes.length < HEADER || in.getInt() != MAGIC || in.getInt() != FORMAT) {
        return Optional.empty();
      }
      int length = in.getInt();
      int crc = in.getInt();
      if (length != bytes.length - HEADER || crc(bytes, HEADER, length) != crc) {
        return Optional.empty(); // cut short or changed since written
      }
      ScanReader reader = new ScanReader(in.slice());
      String digest = reader.string();
      String consulted = reader.string();
      int candidates = reader.count();
      return Optional.of(new StoredFindings(digest, consulted, candidates, reader.findings()));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty(); // the full path works it out again
    }
  }

  /**
   * True when the list at {@code file} exists and, decoded, takes no more than about an eighth of
   * {@code heapBytes} (a thirty-second in file bytes): the full path keeps a large result in a
   * temporary file instead ({@link ResultStorage}); this list lives on the heap.
   */
  static boolean fits(Path file, long heapBytes) {
    try {
      return Files.isRegularFile(file) && Files.size(file) <= heapBytes / 32;
    } catch (IOException e) {
      return false;
    }
  }

  /** Removes the list at {@code file}, before the index it belongs to is replaced. */
  static void forget(Path file) throws IOException {
    Files.deleteIfExists(file);
  }

  private static int crc(byte[] bytes, int from, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, from, length);
    return (int) crc.getValue();
  }
}
