package dev.portcheck.core.files;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A configuration file to scan.
 *
 * @param path absolute path on disk
 * @param relativePath path relative to the module base directory, '/' separated; used in every
 *     report so output does not depend on where the project was checked out
 */
public record ConfigFile(Path path, String relativePath, FileFormat format) {

  public ConfigFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(relativePath, "relativePath");
    Objects.requireNonNull(format, "format");
  }

  /** The file's name without folders ({@code application-dev.yml}). */
  public String fileName() {
    return nameOf(path);
  }

  /** A path's last element, or empty for a root. */
  public static String nameOf(Path p) {
    Path name = p.getFileName();
    return name == null ? "" : name.toString();
  }

  /** A config file under {@code baseDir}, its format taken from its name. */
  public static ConfigFile of(Path baseDir, Path file) {
    String relative = baseDir.relativize(file).toString().replace('\\', '/');
    FileFormat format =
        FileFormat.forFileName(nameOf(file))
            .orElseThrow(() -> new IllegalArgumentException("not a config file: " + file));
    return new ConfigFile(file, relative, format);
  }
}
