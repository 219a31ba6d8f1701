package dev.portcheck.core.entries;

import dev.portcheck.core.entries.PropertiesEntryReader.RawLine;
import java.util.List;

/**
 * Finds where each character of a property's value was written, following the java.util.Properties
 * grammar over the raw lines: leading blanks, escaped separators, the first unescaped {@code =},
 * {@code :} or blank ending the key, {@code \\uXXXX} and other escapes, and a trailing odd
 * backslash joining the next line.
 */
final class PropertyLocator {
  private PropertyLocator() {}

  static LocatedEntry locate(String key, String value, List<RawLine> lines) {
    int n = value.length();
    int[] lineOf = new int[n];
    int[] colOf = new int[n];
    StringBuilder raw = new StringBuilder();
    int produced = 0;
    boolean inKey = true;
    boolean afterKey = false;
    boolean sawSeparator = false;
    Position start = null;
    for (int li = 0; li < lines.size(); li++) {
      RawLine rawLine = lines.get(li);
      String s = rawLine.text();
      int end = s.length();
      boolean continues = endsWithOddBackslash(s) && li + 1 < lines.size();
      if (continues) {
        end--;
      }
      int i = 0;
      while (i < end && PropertiesEntryReader.isBlank(s.charAt(i))) {
        i++;
      }
      while (i < end) {
        char c = s.charAt(i);
        if (inKey) {
          if (c == '\\') {
            i += 2;
            continue;
          }
          if (c == '=' || c == ':') {
            inKey = false;
            afterKey = true;
            sawSeparator = true;
            i++;
            continue;
          }
          if (PropertiesEntryReader.isBlank(c)) {
            inKey = false;
            afterKey = true;
            i++;
            continue;
          }
          i++;
          continue;
        }
        if (afterKey) {
          if (PropertiesEntryReader.isBlank(c)) {
            i++;
            continue;
          }
          if (!sawSeparator && (c == '=' || c == ':')) {
            sawSeparator = true;
            i++;
            continue;
          }
          afterKey = false;
          start = new Position(rawLine.number(), i + 1);
        }
        // value character, possibly an escape
        int width = 1;
        if (c == '\\' && i + 1 < end) {
          width = s.charAt(i + 1) == 'u' && i + 6 <= end ? 6 : 2;
        }
        if (produced < n) {
          lineOf[produced] = rawLine.number();
          colOf[produced] = i + 1;
        }
        produced++;
        raw.append(s, i, Math.min(end, i + width));
        i += width;
      }
      if (continues && !inKey && !afterKey) {
        raw.append("\\\n");
      }
    }
    if (start == null) {
      RawLine last = lines.get(lines.size() - 1);
      start = new Position(last.number(), last.text().length() + 1);
    }
    OffsetMap offsets =
        produced == n
            ? OffsetMap.table(lineOf, colOf, start)
            : OffsetMap.sameLine(start.line(), start.column());
    return new LocatedEntry(key, value, raw.toString(), start.line(), start.column(), 0, offsets);
  }

  private static boolean endsWithOddBackslash(String s) {
    int count = 0;
    for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
      count++;
    }
    return (count & 1) == 1;
  }
}
