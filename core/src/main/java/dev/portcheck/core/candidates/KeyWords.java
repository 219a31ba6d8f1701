package dev.portcheck.core.candidates;

import java.util.List;
import java.util.Locale;

/** Questions about the words of a key, answered without building the words. */
public final class KeyWords {
  private KeyWords() {}

  /**
   * Whether one of the key's words ({@link KeyClassifier#words} of each of its {@link
   * KeyClassifier#segments}) is one of {@code wanted}, given in lower case. The same answer as
   * building the words and asking, without a string per word: this runs for most keys that hold a
   * port.
   */
  public static boolean hasWord(String key, List<String> wanted) {
    for (String segment : KeyClassifier.segments(key)) {
      int start = -1;
      int n = segment.length();
      for (int i = 0; i < n; i++) {
        char c = segment.charAt(i);
        boolean boundary = !Character.isLetterOrDigit(c);
        boolean camel =
            Character.isUpperCase(c) && i > 0 && Character.isLowerCase(segment.charAt(i - 1));
        if ((boundary || camel) && start >= 0) {
          if (isOneOf(segment, start, i, wanted)) {
            return true;
          }
          start = -1;
        }
        if (!boundary && start < 0) {
          start = i;
        }
      }
      if (start >= 0 && isOneOf(segment, start, n, wanted)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOneOf(String segment, int from, int to, List<String> wanted) {
    for (int i = from; i < to; i++) {
      if (segment.charAt(i) >= 0x80) {
        // Lower-casing may change the length outside ASCII: ask the word itself.
        return wanted.contains(segment.substring(from, to).toLowerCase(Locale.ROOT));
      }
    }
    for (String w : wanted) {
      if (w.length() == to - from && segment.regionMatches(true, from, w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }
}
