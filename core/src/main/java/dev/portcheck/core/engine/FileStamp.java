package dev.portcheck.core.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A file's size and modification time: what the incremental index compares before it reads and
 * hashes a file, as make and git do.
 */
public record FileStamp(long size, long modifiedMillis) {
  /** The stamp of {@code path}; empty when its attributes cannot be read. */
  public static Optional<FileStamp> of(Path path) {
    try {
      BasicFileAttributes a =
          Files.readAttributes(path, BasicFileAttributes.class, new LinkOption[0]);
      return Optional.of(new FileStamp(a.size(), a.lastModifiedTime().toMillis()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
