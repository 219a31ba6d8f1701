package dev.portcheck.core.entries;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.configuration2.PropertiesConfiguration.JupPropertiesReader;

/**
 * Reads {@code .properties} text with Commons Configuration's java.util.Properties-compatible
 * reader, which decides keys and values (separators, escapes, continuation lines), and locates each
 * value by re-walking the raw lines that reader consumed.
 */
public final class PropertiesEntryReader implements EntryReader {

  @Override
  public ReadResult read(String text) {
    List<LocatedEntry> entries = new ArrayList<>();
    try (RecordingReader reader = new RecordingReader(text)) {
      try {
        return readAll(reader, entries);
      } catch (RuntimeException e) {
        int line = Math.max(1, reader.getLineNumber());
        return new ReadResult(
            entries,
            List.of(ReadProblem.syntax(line, 1, "cannot read property: " + e.getMessage())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on a StringReader
    }
  }

  private static ReadResult readAll(RecordingReader reader, List<LocatedEntry> entries)
      throws IOException {
    while (reader.nextProperty()) {
      List<RawLine> consumed = reader.takePropertyLines();
      if (consumed.isEmpty()) {
        continue;
      }
      entries.add(
          PropertyLocator.locate(reader.getPropertyName(), reader.getPropertyValue(), consumed));
    }
    return ReadResult.of(entries);
  }

  /** One physical line as written, with its 1-based number. */
  record RawLine(int number, String text) {}

  /**
   * Records every physical line handed to the Commons reader. Leading blanks are stripped before
   * the reader sees a line, as java.util.Properties does; the Commons JUP reader otherwise reads an
   * indented {@code key=22} as an empty key.
   */
  private static final class RecordingReader extends JupPropertiesReader {
    private final List<RawLine> lines = new ArrayList<>();

    RecordingReader(String text) {
      super(new StringReader(text));
    }

    @Override
    public String readLine() throws IOException {
      String line = super.readLine();
      if (line == null) {
        return null;
      }
      lines.add(new RawLine(getLineNumber(), line));
      return stripLeading(line);
    }

    /** The lines of the property just read, comments and blank lines before it dropped. */
    List<RawLine> takePropertyLines() {
      int first = 0;
      while (first < lines.size() && isCommentOrBlank(lines.get(first).text())) {
        first++;
      }
      List<RawLine> result = new ArrayList<>(lines.subList(first, lines.size()));
      lines.clear();
      return result;
    }

    private static boolean isCommentOrBlank(String line) {
      String s = stripLeading(line);
      return s.isEmpty() || s.charAt(0) == '#' || s.charAt(0) == '!';
    }

    private static String stripLeading(String line) {
      int i = 0;
      while (i < line.length() && isBlank(line.charAt(i))) {
        i++;
      }
      return i == 0 ? line : line.substring(i);
    }
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }
}
