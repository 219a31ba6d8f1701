package dev.portcheck.core.entries;

import java.io.StringReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * SnakeYAML's reader over text that is already in memory. The library's own reader pulls a {@link
 * java.io.Reader} through a window of 1,024 characters, copying the rest of the window and checking
 * every code point each time it slides; a file that portcheck has decoded needs neither, so this
 * one holds the code points once and answers the scanner's calls ({@code peek}, {@code forward},
 * {@code prefix}, marks, line and column) on them, with the same counting rules.
 *
 * <p>Only text of printable characters of the Basic Multilingual Plane is held this way ({@link
 * #of}); anything else goes through the library's reader, which reports a special character where
 * it stands.
 */
final class TextStreamReader extends StreamReader {
  /** SnakeYAML names a stream read through a Reader so in its marks. */
  private static final String NAME = "'reader'";

  private final String text;
  private final int[] data;
  private int pointer;
  private int documentIndex;
  private int line;
  private int column;

  private TextStreamReader(String text, int[] data) {
    super(new StringReader(""));
    this.text = text;
    this.data = data;
  }

  /** A reader of {@code text}: this one when every character is printable, else SnakeYAML's. */
  static StreamReader of(String text) {
    int n = text.length();
    int[] data = new int[n];
    // One branch-free pass for the usual text (printable ASCII, tabs and line breaks), which the
    // JIT compiles to a tight loop; a test per character with an exit, as the library's is, runs
    // for every byte of every YAML file and showed in profiles. Other text is checked exactly.
    boolean ascii = true;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      data[i] = c;
      ascii &= (c >= 0x20 & c <= 0x7E) | c == '\n' | c == '\r' | c == '\t';
    }
    if (!ascii) {
      for (int i = 0; i < n; i++) {
        // A surrogate is no printable character on its own: text beyond the BMP takes the library.
        if (!StreamReader.isPrintable(data[i])) {
          return new StreamReader(new StringReader(text));
        }
      }
    }
    return new TextStreamReader(text, data);
  }

  /** The last mark handed out: immutable, so the next one at the same place is the same. */
  private Mark last;

  /**
   * The scanner asks for a mark at the end of one token and again at the start of the next, half
   * the time without moving in between: one mark serves both (tens of millions fewer objects on a
   * large tree).
   */
  @Override
  public Mark getMark() {
    Mark mark = last;
    if (mark == null || mark.getIndex() != pointer) {
      mark = new Mark(NAME, pointer, line, column, data, pointer);
      last = mark;
    }
    return mark;
  }

  @Override
  public void forward() {
    forward(1);
  }

  /** Moves on {@code length} characters, counting a line at each break as SnakeYAML does. */
  @Override
  public void forward(int length) {
    for (int i = 0; i < length && pointer < data.length; i++) {
      int c = data[pointer++];
      documentIndex++;
      boolean lineBreak =
          c == '\n'
              || c == '\u0085'
              || c == '\u2028'
              || c == '\u2029'
              || (c == '\r' && pointer < data.length && data[pointer] != '\n');
      if (lineBreak) {
        line++;
        column = 0;
      } else if (c != '\uFEFF') {
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return pointer < data.length ? data[pointer] : '\0';
  }

  @Override
  public int peek(int index) {
    return pointer + index < data.length ? data[pointer + index] : '\0';
  }

  @Override
  public String prefix(int length) {
    if (length == 0) {
      return "";
    }
    // One character per code point: the text itself holds the prefix, copied without a check.
    return text.substring(pointer, pointer + Math.min(length, data.length - pointer));
  }

  /** The next {@code length} characters, which hold no line break, and moves past them. */
  @Override
  public String prefixForward(int length) {
    String prefix = prefix(length);
    pointer += length;
    documentIndex += length;
    column += length;
    return prefix;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getLine() {
    return line;
  }

  @Override
  public int getIndex() {
    return pointer;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }
}
