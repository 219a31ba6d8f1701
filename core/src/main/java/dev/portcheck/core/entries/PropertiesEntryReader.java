package dev.portcheck.core.entries;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code .properties} text in one pass with the java.util.Properties grammar (the one Spring
 * Boot, Quarkus and Kafka follow): logical lines, the first unescaped {@code =}, {@code :} or blank
 * ending the key, escapes and {@code \\uXXXX}. Every character of a value keeps the line and column
 * it was written at, so a port split over continuation lines or written with escapes is still
 * reported where it stands. Tests hold it to java.util.Properties on real and generated files.
 *
 * <p>A malformed {@code \\uXXXX} escape, which makes java.util.Properties refuse the whole file, is
 * reported at its backslash and only that property is left out.
 */
public final class PropertiesEntryReader implements EntryReader {

  @Override
  public ReadResult read(String text) {
    List<LocatedEntry> entries = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    LogicalLines lines = new LogicalLines(text);
    StringBuilder scratch = new StringBuilder();
    while (lines.next()) {
      LocatedEntry entry = property(lines, scratch, problems);
      if (entry != null) {
        entries.add(entry);
      }
    }
    return new ReadResult(entries, problems);
  }

  private static LocatedEntry property(
      LogicalLines l, StringBuilder scratch, List<ReadProblem> problems) {
    char[] c = l.chars;
    int limit = l.length;
    int keyEnd = 0;
    int valueStart = limit;
    boolean hasSeparator = false;
    boolean escaped = false;
    while (keyEnd < limit) {
      char ch = c[keyEnd];
      if (!escaped && (ch == '=' || ch == ':')) {
        valueStart = keyEnd + 1;
        hasSeparator = true;
        break;
      }
      if (!escaped && isBlank(ch)) {
        valueStart = keyEnd + 1;
        break;
      }
      escaped = ch == '\\' && !escaped;
      keyEnd++;
    }
    while (valueStart < limit) {
      char ch = c[valueStart];
      if (!isBlank(ch)) {
        if (hasSeparator || (ch != '=' && ch != ':')) {
          break;
        }
        hasSeparator = true;
      }
      valueStart++;
    }
    String key = unescape(l, 0, keyEnd, scratch, null, problems);
    if (key == null) {
      return null;
    }
    int n = limit - valueStart;
    if (!joinedAfter(l, valueStart) && !hasBackslash(c, valueStart, limit)) {
      // Most values: one line, no escapes, so the text as written is the value, and a column
      // counted from its first character places any part of it.
      String value = new String(c, valueStart, n);
      int line = n > 0 ? l.lines[valueStart] : l.endLine;
      int column = n > 0 ? l.columns[valueStart] : l.endColumn;
      return new LocatedEntry(key, value, value, line, column, 0, OffsetMap.sameLine(line, column));
    }
    int[] valueLines = new int[n];
    int[] valueColumns = new int[n];
    String value =
        unescape(l, valueStart, limit, scratch, new int[][] {valueLines, valueColumns}, problems);
    if (value == null) {
      return null;
    }
    Position start =
        valueStart < limit
            ? new Position(l.lines[valueStart], l.columns[valueStart])
            : new Position(l.endLine, l.endColumn);
    boolean plain = value.length() == n && !joinedAfter(l, valueStart);
    OffsetMap offsets =
        plain
            ? OffsetMap.sameLine(start.line(), start.column())
            : OffsetMap.table(
                java.util.Arrays.copyOf(valueLines, value.length()),
                java.util.Arrays.copyOf(valueColumns, value.length()),
                start);
    return new LocatedEntry(
        key, value, raw(l, valueStart), start.line(), start.column(), 0, offsets);
  }

  /**
   * The characters of {@code [from, to)} with escapes resolved; with {@code where} given, the line
   * and column of each produced character. Null after reporting a malformed unicode escape.
   */
  private static String unescape(
      LogicalLines l,
      int from,
      int to,
      StringBuilder out,
      int[][] where,
      List<ReadProblem> problems) {
    char[] c = l.chars;
    boolean hasEscape = false;
    for (int i = from; i < to; i++) {
      if (c[i] == '\\') {
        hasEscape = true;
        break;
      }
    }
    if (!hasEscape) {
      if (where != null) {
        System.arraycopy(l.lines, from, where[0], 0, to - from);
        System.arraycopy(l.columns, from, where[1], 0, to - from);
      }
      return new String(c, from, to - from);
    }
    out.setLength(0);
    int i = from;
    while (i < to) {
      char ch = c[i];
      int at = i;
      i++;
      if (ch == '\\') {
        if (i >= to) {
          break; // a lone trailing backslash stands for nothing
        }
        ch = c[i++];
        if (ch == 'u') {
          int code = i + 4 <= to ? hex(c, i) : -1;
          if (code < 0) {
            problems.add(
                ReadProblem.syntax(
                    l.lines[at],
                    l.columns[at],
                    "malformed \\uXXXX escape: expected four hex digits after \\u;"
                        + " this property was not read"));
            return null;
          }
          ch = (char) code;
          i += 4;
        } else {
          ch = control(ch);
        }
      }
      if (where != null) {
        where[0][out.length()] = l.lines[at];
        where[1][out.length()] = l.columns[at];
      }
      out.append(ch);
    }
    return out.toString();
  }

  private static int hex(char[] c, int from) {
    int value = 0;
    for (int k = from; k < from + 4; k++) {
      int digit = Character.digit(c[k], 16);
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }

  private static char control(char ch) {
    return switch (ch) {
      case 't' -> '\t';
      case 'r' -> '\r';
      case 'n' -> '\n';
      case 'f' -> '\f';
      default -> ch;
    };
  }

  private static boolean hasBackslash(char[] c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (c[i] == '\\') {
        return true;
      }
    }
    return false;
  }

  private static boolean joinedAfter(LogicalLines l, int offset) {
    for (int j = 0; j < l.joinCount; j++) {
      if (l.joins[j] > offset) {
        return true;
      }
    }
    return false;
  }

  /** The value as written: escapes kept, each continuation shown as a backslash and newline. */
  private static String raw(LogicalLines l, int valueStart) {
    if (!joinedAfter(l, valueStart)) {
      return new String(l.chars, valueStart, l.length - valueStart);
    }
    StringBuilder raw = new StringBuilder(l.length - valueStart + 8);
    int from = valueStart;
    for (int j = 0; j < l.joinCount; j++) {
      int join = l.joins[j];
      if (join > valueStart) {
        raw.append(l.chars, from, join - from).append("\\\n");
        from = join;
      }
    }
    return raw.append(l.chars, from, l.length - from).toString();
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }
}
