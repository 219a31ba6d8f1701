package dev.portcheck.core.engine;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Reading and writing blocks of {@link ScanWriter} data at given places in a file, shared by the
 * incremental index and the result spill. Positional reads and writes: several threads may use one
 * channel at once.
 */
final class BlockFiles {
  private BlockFiles() {}

  /** Something written with a fresh {@link ScanWriter}. */
  interface Encoding {
    void write(ScanWriter writer) throws IOException;
  }

  /** One self-contained block: its strings are numbered within it. */
  static byte[] encode(Encoding encoding) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    DataOutputStream out = new DataOutputStream(bytes);
    encoding.write(new ScanWriter(out));
    out.flush();
    return bytes.toByteArray();
  }

  /** {@code length} bytes at {@code offset}, in a heap buffer. */
  static ByteBuffer read(FileChannel channel, long offset, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, offset + buffer.position()) < 0) {
        throw new IOException("the file ends early");
      }
    }
    return buffer.flip();
  }

  static void writeFully(FileChannel channel, ByteBuffer buffer, long at) throws IOException {
    while (buffer.hasRemaining()) {
      channel.write(buffer, at + buffer.position());
    }
  }

  /**
   * Appends blocks to a file from several threads: each block's place is reserved under a lock, its
   * bytes are written outside it.
   */
  static final class Appender {
    private final FileChannel channel;
    private long size;

    /** Appends after the first {@code start} bytes of {@code channel}. */
    Appender(FileChannel channel, long start) {
      this.channel = channel;
      this.size = start;
    }

    /** Writes {@code block} at the end and returns where it starts. */
    long append(ByteBuffer block) throws IOException {
      long at;
      synchronized (this) {
        at = size;
        size += block.remaining();
      }
      writeFully(channel, block, at);
      return at;
    }
  }

  static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing was pending: reads, or writes already flushed by the OS
      }
    }
  }
}
