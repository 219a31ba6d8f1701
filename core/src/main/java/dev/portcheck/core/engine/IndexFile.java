package dev.portcheck.core.engine;

import dev.portcheck.core.files.FileStamp;
import dev.portcheck.core.findings.Finding;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.zip.CRC32;

/**
 * The layout of {@code portcheck-index.bin}: a header, one self-contained {@link ScanWriter} block
 * per file (its strings numbered within the block, so any block decodes alone), the directory
 * (fingerprint, run start, the checkout that wrote it, and per file its path, stamp, hash and
 * block), and a trailer giving where the directory starts. Blocks are written as scans finish, so
 * their order varies between runs; the directory is sorted.
 */
final class IndexFile {
  private static final int MAGIC = 0x50434958; // "PCIX"
  // 6: binding facts of candidates, wiring facts, related locations; 7: compose command,
  // extends and the server.port of Spring profiles; 8: container images; 9: the wiring outcome
  // of the run; 10: a file's candidates at the end of its block; 11: the checkout that wrote it;
  // 12: listen flags, kustomize patches and Dockerfile commands in the wiring facts; 13: compose
  // env_file and the variables of every env file; 14: Helm chart values and templates, probe paths,
  // kustomize names; 23: compose services that only add an env_file or an entrypoint, and their
  // links; 26: a Helm template's settings in the profile of the conditions they render under;
  // 27: the dials of sidecars a workload's annotations inject; 41: nginx configurations;
  // 42: OpenTelemetry Collector configurations; 43: Services' own labels, Prometheus monitors,
  // NetworkPolicies
  private static final int FORMAT = 43;
  private static final int HEADER = 8;
  private static final int TRAILER = 12;

  private IndexFile() {}

  /**
   * What an index file holds, with its blocks left on disk until asked for, and the directory's
   * cross-file findings and wiring outcome decoded when first asked for: an unchanged run that
   * takes the stored findings needs neither.
   */
  record Contents(
      FileChannel channel,
      long runStart,
      String checkout,
      Map<String, IndexEntry> entries,
      Lazy<Tail> tail) {

    static final Contents NONE = new Contents(null, 0, "", Map.of(), Lazy.of(Tail.NONE));

    /** The cross-file rules' findings of the run that wrote it; null when unknown. */
    List<Finding> crossFile() {
      return tail.get().crossFile();
    }

    /** The wiring outcome of the run that wrote it; null when unknown. */
    WiringOutcome wiring() {
      return tail.get().wiring();
    }

    /** The scan recorded in {@code e}'s block; empty when it cannot be read back. */
    Optional<FileScanner.FileScan> scan(IndexEntry e) {
      try {
        ByteBuffer block = BlockFiles.read(channel, e.offset(), e.length());
        if (crc(block.array()) != e.crc()) {
          return Optional.empty(); // changed on disk since it was written: scan the file again
        }
        return Optional.of(new ScanReader(block).scan());
      } catch (IOException | RuntimeException unreadable) {
        return Optional.empty(); // a block that does not decode: the file is scanned again
      }
    }

    void close() {
      BlockFiles.closeQuietly(channel);
    }
  }

  /**
   * The index at {@code file} when written under {@code fingerprint}; {@link Contents#NONE} else.
   */
  static Contents read(Path file, String fingerprint) {
    if (!Files.isRegularFile(file)) {
      return Contents.NONE;
    }
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ);
      long size = channel.size();
      ByteBuffer header = BlockFiles.read(channel, 0, HEADER);
      if (size < HEADER + TRAILER || header.getInt() != MAGIC || header.getInt() != FORMAT) {
        BlockFiles.closeQuietly(channel);
        return Contents.NONE;
      }
      ByteBuffer trailer = BlockFiles.read(channel, size - TRAILER, TRAILER);
      long directory = trailer.getLong();
      if (trailer.getInt() != MAGIC || directory < HEADER || directory > size - TRAILER) {
        BlockFiles.closeQuietly(channel);
        return Contents.NONE;
      }
      ScanReader reader =
          new ScanReader(BlockFiles.read(channel, directory, (int) (size - TRAILER - directory)));
      if (!fingerprint.equals(reader.string())) {
        BlockFiles.closeQuietly(channel);
        return Contents.NONE;
      }
      long runStart = reader.readLong();
      String checkout = reader.string();
      int n = reader.count();
      Map<String, IndexEntry> entries = new HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        String path = reader.string();
        FileStamp stamp = new FileStamp(reader.readLong(), reader.readLong());
        String sha256 = reader.string();
        long offset = reader.readLong();
        int length = reader.count();
        int crc = reader.readInt();
        entries.put(path, new IndexEntry(stamp, sha256, offset, length, crc, false));
      }
      // the rest of the directory, read on when asked for; the reader is used by nothing else
      Lazy<Tail> tail = Lazy.later(() -> Tail.read(reader));
      return new Contents(channel, runStart, checkout, entries, tail);
    } catch (IOException | RuntimeException unreadable) {
      // an index from another version or a broken file: start afresh
      BlockFiles.closeQuietly(channel);
      return Contents.NONE;
    }
  }

  /** The end of the directory: the cross-file findings and the wiring outcome, null if unknown. */
  record Tail(List<Finding> crossFile, WiringOutcome wiring) {
    static final Tail NONE = new Tail(null, null);

    /** Read on from the entries; a tail that does not decode is unknown: worked out again. */
    static Tail read(ScanReader reader) {
      try {
        List<Finding> crossFile = reader.findings();
        return new Tail(crossFile, reader.bool() ? WiringGraphCodec.read(reader) : null);
      } catch (IOException | RuntimeException unreadable) {
        return NONE;
      }
    }
  }

  private static int crc(byte[] block) {
    CRC32 crc = new CRC32();
    crc.update(block);
    return (int) crc.getValue();
  }

  /** Writes the next index beside the current one, which it replaces when finished. */
  static final class Writer {
    private final Path path;
    private FileChannel channel;
    private BlockFiles.Appender appender;

    Writer(Path path) {
      this.path = path;
    }

    /** Appends one file's scan; safe to call from several threads. */
    IndexEntry append(String sha256, FileStamp stamp, FileScanner.FileScan scan) {
      try {
        byte[] block = BlockFiles.encode(w -> w.scan(scan));
        return new IndexEntry(stamp, sha256, write(block), block.length, crc(block), true);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the incremental index " + path, e);
      }
    }

    /**
     * Completes the file: blocks reused from {@code previous} are copied over, then the directory
     * and trailer are written. Returns the finished file, to be moved in place.
     */
    Path finish(
        String fingerprint,
        long runStart,
        String checkout,
        SortedMap<String, IndexEntry> entries,
        Contents previous,
        List<Finding> crossFile,
        WiringOutcome wiring)
        throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * entries.size() + 1024);
      DataOutputStream out = new DataOutputStream(bytes);
      ScanWriter writer = new ScanWriter(out);
      writer.string(fingerprint);
      out.writeLong(runStart);
      writer.string(checkout);
      out.writeInt(entries.size());
      for (Map.Entry<String, IndexEntry> named : entries.entrySet()) {
        IndexEntry e = named.getValue();
        long offset =
            e.fresh()
                ? e.offset()
                : write(BlockFiles.read(previous.channel(), e.offset(), e.length()).array());
        writer.string(named.getKey());
        out.writeLong(e.stamp().size());
        out.writeLong(e.stamp().modifiedMillis());
        writer.string(e.sha256());
        out.writeLong(offset);
        out.writeInt(e.length());
        out.writeInt(e.crc());
      }
      writer.findings(crossFile);
      writer.bool(wiring != null);
      if (wiring != null) {
        WiringGraphCodec.write(writer, wiring);
      }
      out.flush();
      long directory = write(bytes.toByteArray());
      write(ByteBuffer.allocate(TRAILER).putLong(directory).putInt(MAGIC).array());
      synchronized (this) {
        channel.close();
        channel = null;
        appender = null;
      }
      return path;
    }

    /** Closes and deletes an unfinished file. */
    synchronized void discard() {
      if (channel != null) {
        BlockFiles.closeQuietly(channel);
        channel = null;
        appender = null;
        try {
          Files.deleteIfExists(path);
        } catch (IOException ignored) {
          // left in the output folder; the next run truncates it
        }
      }
    }

    /** Appends {@code block} and returns where it starts; opens the file on first use. */
    private long write(byte[] block) throws IOException {
      BlockFiles.Appender target;
      synchronized (this) {
        if (channel == null) {
          Path folder = path.toAbsolutePath().getParent();
          if (folder != null) {
            Files.createDirectories(folder);
          }
          channel =
              FileChannel.open(
                  path,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.TRUNCATE_EXISTING,
                  StandardOpenOption.READ,
                  StandardOpenOption.WRITE);
          BlockFiles.writeFully(
              channel, ByteBuffer.allocate(HEADER).putInt(MAGIC).putInt(FORMAT).flip(), 0);
          appender = new BlockFiles.Appender(channel, HEADER);
        }
        target = appender;
      }
      return target.append(ByteBuffer.wrap(block));
    }
  }
}
