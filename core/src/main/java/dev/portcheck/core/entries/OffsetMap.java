package dev.portcheck.core.entries;

/**
 * Maps an offset inside an entry's logical value to where that character was written. Values of
 * {@code .properties} files may span continuation lines and hold escapes, so the n-th character of
 * the value is not always n columns right of its first one.
 */
public interface OffsetMap {

  Position positionOf(int valueOffset);

  /** A value written on one line without escapes, its first character at line/column. */
  static OffsetMap sameLine(int line, int column) {
    return offset -> new Position(line, column + Math.max(0, offset));
  }

  /** Explicit positions per value character; offsets past the end map to the last one. */
  static OffsetMap table(int[] lines, int[] columns, Position fallback) {
    return offset -> {
      if (lines.length == 0) {
        return fallback;
      }
      int i = Math.min(Math.max(0, offset), lines.length - 1);
      return new Position(lines[i], columns[i]);
    };
  }
}
