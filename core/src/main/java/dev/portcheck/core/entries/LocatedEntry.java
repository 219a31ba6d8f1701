package dev.portcheck.core.entries;

import java.util.Objects;

/**
 * One key/value leaf read from a config file, located where its value was written.
 *
 * @param key dotted path; YAML list items as {@code [i]}, segments holding dots as {@code ["a.b"]}
 * @param value the logical value (escapes resolved, quotes removed)
 * @param raw the value as written, quotes included, comments left out
 * @param line 1-based line of the value's first character (or opening quote)
 * @param column 1-based column of the value's first character (or opening quote)
 * @param document 0-based index of the YAML document; 0 for other formats
 * @param offsets where each character of {@code value} was written
 */
public record LocatedEntry(
    String key, String value, String raw, int line, int column, int document, OffsetMap offsets) {

  public LocatedEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(offsets, "offsets");
  }

  /** An entry whose value sits on one line with no escapes. */
  public static LocatedEntry simple(String key, String value, int line, int column, int document) {
    return new LocatedEntry(
        key, value, value, line, column, document, OffsetMap.sameLine(line, column));
  }

  /** Where the character at {@code offset} of the value was written. */
  public Position positionOf(int offset) {
    return offsets.positionOf(offset);
  }
}
