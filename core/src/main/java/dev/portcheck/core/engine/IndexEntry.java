package dev.portcheck.core.engine;

import dev.portcheck.core.files.FileStamp;

/**
 * One file's stamp, hash and where its scan is in the incremental index: in the index this run read
 * ({@code fresh} false) or in the one it writes; {@code crc} is the block's CRC-32, checked before
 * it is decoded.
 */
record IndexEntry(FileStamp stamp, String sha256, long offset, int length, int crc, boolean fresh) {
  IndexEntry restamped(FileStamp newStamp) {
    return new IndexEntry(newStamp, sha256, offset, length, crc, fresh);
  }
}
