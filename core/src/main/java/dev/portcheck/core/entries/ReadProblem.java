package dev.portcheck.core.entries;

/** Something a reader could not make sense of, located in the file. */
public record ReadProblem(Kind kind, int line, int column, String message) {

  /** What went wrong; the engine turns each kind into a finding of its own rule. */
  public enum Kind {
    /** The file is not valid in its format (or in the charset it is read with). */
    SYNTAX,
    /** A YAML mapping repeats a key. */
    DUPLICATE_KEY,
    /** The file was not analysed (binary content, unreadable). */
    SKIPPED,
    /** The file is above the size limit and was not read. */
    TOO_LARGE
  }

  public static ReadProblem syntax(int line, int column, String message) {
    return new ReadProblem(Kind.SYNTAX, Math.max(1, line), Math.max(1, column), message);
  }
}
