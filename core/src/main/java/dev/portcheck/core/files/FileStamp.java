package dev.portcheck.core.files;

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
  /** The stamp in attributes already read (a directory walk reads them for every file). */
  public static FileStamp of(BasicFileAttributes a) {
    return new FileStamp(a.size(), a.lastModifiedTime().toMillis());
  }

  /** The stamp of {@code path}; empty when its attributes cannot be read. */
  public static Optional<FileStamp> of(Path path) {
    try {
      BasicFileAttributes a =
          Files.readAttributes(path, BasicFileAttributes.class, new LinkOption[0]);
      return Optional.of(of(a));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
