package dev.portcheck.core.wiring;

import java.util.Objects;

/**
 * Where a wiring fact was written: a file relative to the module base directory and the 1-based
 * line and column of its value.
 */
public record Loc(String file, int line, int column) {

  public Loc {
    Objects.requireNonNull(file, "file");
  }

  /** The folder of {@link #file}, '/' separated, empty at the top. */
  public String folder() {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "" : file.substring(0, slash);
  }

  /** {@code file:line}, as messages name the other end of a connection. */
  @Override
  public String toString() {
    return file + ":" + line;
  }
}
