package dev.portcheck.core.files;

import dev.portcheck.core.entries.ReadProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * A file's bytes, read once and read-only, or why they were not read (above the size limit,
 * unreadable). The incremental index hashes these bytes before anything is parsed.
 */
public record FileBytes(byte[] bytes, Optional<ReadProblem> problem) {

  public static FileBytes read(ConfigFile file, long maxBytes) {
    try {
      long size = Files.size(file.path());
      if (size > maxBytes) {
        return new FileBytes(
            new byte[0],
            Optional.of(
                new ReadProblem(
                    ReadProblem.Kind.TOO_LARGE,
                    1,
                    1,
                    "file of "
                        + size
                        + " bytes is above the limit of "
                        + maxBytes
                        + " bytes (portcheck.maxFileSize); not analysed")));
      }
      return new FileBytes(Files.readAllBytes(file.path()), Optional.empty());
    } catch (IOException e) {
      return new FileBytes(
          new byte[0],
          Optional.of(
              new ReadProblem(
                  ReadProblem.Kind.SKIPPED,
                  1,
                  1,
                  "cannot be read: "
                      + e.getClass().getSimpleName()
                      + (e.getMessage() == null ? "" : " " + e.getMessage()))));
    }
  }
}
