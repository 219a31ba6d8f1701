package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.List;

/**
 * A Dockerfile's text as instructions of words: continuation lines joined, comment lines left out
 * (also between continuation lines, as Docker's parser does), each word located where it starts,
 * quotes kept, so {@link DockerfileReader} judges words the way Docker splits them.
 */
final class DockerfileLexer {
  private DockerfileLexer() {}

  /** One word of an instruction, at its 1-based line and column. */
  record Word(String text, int line, int column) {}

  /** The instructions, continuation lines joined, comment lines left out, split into words. */
  static List<List<Word>> instructions(String text) {
    List<List<Word>> out = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    List<Word> current = new ArrayList<>();
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      String trimmed = line.strip();
      if (trimmed.startsWith("#")) {
        continue; // comments, also between continuation lines
      }
      boolean continues = trimmed.endsWith("\\");
      String body = continues ? line.substring(0, line.lastIndexOf('\\')) : line;
      splitWords(body, n + 1, current);
      if (!continues && !current.isEmpty()) {
        out.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  private static void splitWords(String line, int lineNo, List<Word> into) {
    int i = 0;
    while (i < line.length()) {
      while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      int start = i;
      char quote = 0;
      while (i < line.length() && (quote != 0 || !Character.isWhitespace(line.charAt(i)))) {
        char c = line.charAt(i);
        if (quote == 0 && (c == '"' || c == '\'')) {
          quote = c;
        } else if (c == quote) {
          quote = 0;
        }
        i++;
      }
      if (i > start) {
        into.add(new Word(line.substring(start, i), lineNo, start + 1));
      }
    }
  }
}
