package dev.portcheck.core.engine;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Reading and writing blocks of {@link ScanCodec} data at given places in a file, shared by the
 * incremental index and the result spill. Positional reads and writes: several threads may use one
 * channel at once.
 */
final class BlockFiles {
  private BlockFiles() {}

  /** Something written with a fresh {@link ScanCodec.Writer}. */
  interface Encoding {
    void write(ScanCodec.Writer writer) throws IOException;
  }

  /** One self-contained block: its strings are numbered within it. */
  static byte[] encode(Encoding encoding) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    DataOutputStream out = new DataOutputStream(bytes);
    encoding.write(new ScanCodec.Writer(out));
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
