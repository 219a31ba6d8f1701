package dev.portcheck.core.entries;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads dotenv files: {@code KEY=value} lines, optional {@code export}, {@code #} comments, values
 * in single or double quotes. No expansion is performed.
 */
public final class EnvEntryReader implements EntryReader {

  @Override
  public ReadResult read(String text) {
    List<LocatedEntry> entries = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      int i = skipBlanks(line, 0);
      if (i >= line.length() || line.charAt(i) == '#') {
        continue;
      }
      if (line.startsWith("export ", i)) {
        i = skipBlanks(line, i + 7);
      }
      int eq = line.indexOf('=', i);
      if (eq < 0) {
        problems.add(ReadProblem.syntax(n + 1, i + 1, "expected KEY=value"));
        continue;
      }
      String key = line.substring(i, eq).trim();
      int v = skipBlanks(line, eq + 1);
      String rest = line.substring(v);
      String value;
      String raw;
      int valueColumn = v + 1;
      if (!rest.isEmpty() && (rest.charAt(0) == '"' || rest.charAt(0) == '\'')) {
        char q = rest.charAt(0);
        int close = rest.indexOf(q, 1);
        if (close < 0) {
          problems.add(ReadProblem.syntax(n + 1, v + 1, "unclosed quote " + q));
          continue;
        }
        value = rest.substring(1, close);
        raw = rest.substring(0, close + 1);
        entries.add(
            new LocatedEntry(
                key,
                value,
                raw,
                n + 1,
                valueColumn,
                0,
                OffsetMap.sameLine(n + 1, valueColumn + 1)));
        continue;
      }
      int hash = rest.indexOf(" #");
      value = (hash >= 0 ? rest.substring(0, hash) : rest).stripTrailing();
      entries.add(LocatedEntry.simple(key, value, n + 1, valueColumn, 0));
    }
    return new ReadResult(entries, problems);
  }

  private static int skipBlanks(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
