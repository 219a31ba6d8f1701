package dev.portcheck.core.entries;

/**
 * Cuts {@code .properties} text into logical lines the way java.util.Properties does: blank and
 * comment lines ({@code #}, {@code !}) skipped, leading blanks dropped, and a line ending in an odd
 * number of backslashes joined with the next one (whose leading blanks are dropped too). Each
 * character of a logical line keeps the line and column it was written at. One instance reads one
 * text; its buffers are reused from line to line.
 */
final class LogicalLines {
  private final String text;
  private int pos;
  private int lineNumber = 1;
  private int lineStart;

  char[] chars = new char[128];
  int[] lines = new int[128];
  int[] columns = new int[128];
  int length;

  /** Offsets in the logical line where a continuation joined the next physical line. */
  int[] joins = new int[4];

  int joinCount;

  /** Line and one-past-the-end column of the last physical line the logical line took. */
  int endLine;

  int endColumn;

  LogicalLines(String text) {
    this.text = text;
  }

  /**
   * Reads the next logical line into the buffers; false at the end of the text. Follows the state
   * machine of java.util.Properties' line reader, quirks included: a {@code #} or {@code !} starts
   * a comment whenever nothing is buffered yet, even on a continuation line.
   */
  boolean next() {
    length = 0;
    joinCount = 0;
    int n = text.length();
    boolean skipBlanks = true;
    boolean appendedLineBegin = false;
    boolean precedingBackslash = false;
    boolean joined = false;
    while (true) {
      if (pos >= n) {
        endLine = lineNumber;
        endColumn = pos - lineStart + 1;
        if (length == 0) {
          return false;
        }
        if (precedingBackslash) {
          length--; // a backslash at the end of the text joins nothing
        }
        return true;
      }
      char c = text.charAt(pos);
      if (skipBlanks) {
        if (PropertiesEntryReader.isBlank(c)) {
          pos++;
          continue;
        }
        if (!appendedLineBegin && (c == '\n' || c == '\r')) {
          newline();
          continue;
        }
        skipBlanks = false;
        appendedLineBegin = false;
      }
      if (length == 0 && (c == '#' || c == '!')) {
        while (pos < n && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
          pos++;
        }
        skipBlanks = true;
        continue;
      }
      if (c != '\n' && c != '\r') {
        if (joined) {
          addJoin();
          joined = false;
        }
        append(c, lineNumber, pos - lineStart + 1);
        pos++;
        precedingBackslash = c == '\\' && !precedingBackslash;
        continue;
      }
      endLine = lineNumber;
      endColumn = pos - lineStart + 1;
      boolean lastCharacter = pos == n - 1;
      newline();
      if (length == 0) {
        skipBlanks = true;
      } else if (lastCharacter) {
        if (precedingBackslash) {
          length--; // java.util.Properties ends the text here, backslash dropped
        }
        return true;
      } else if (precedingBackslash) {
        length--; // the joining backslash
        skipBlanks = true;
        appendedLineBegin = true;
        precedingBackslash = false;
        joined = true;
      } else {
        return true;
      }
    }
  }

  private void addJoin() {
    if (joinCount == joins.length) {
      joins = java.util.Arrays.copyOf(joins, joinCount * 2);
    }
    joins[joinCount++] = length;
  }

  /** Consumes one line terminator: {@code \n}, {@code \r} or {@code \r\n}. */
  private void newline() {
    if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
      pos++;
    }
    pos++;
    lineNumber++;
    lineStart = pos;
  }

  private void append(char c, int line, int column) {
    if (length == chars.length) {
      int size = length * 2;
      chars = java.util.Arrays.copyOf(chars, size);
      lines = java.util.Arrays.copyOf(lines, size);
      columns = java.util.Arrays.copyOf(columns, size);
    }
    chars[length] = c;
    lines[length] = line;
    columns[length] = column;
    length++;
  }
}
