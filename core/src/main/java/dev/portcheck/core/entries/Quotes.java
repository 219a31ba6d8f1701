package dev.portcheck.core.entries;

/**
 * Quotes around a word that a line scanner (a template's key: value line, a Dockerfile instruction)
 * takes as they stand, without a YAML or shell parser to remove them.
 */
public final class Quotes {
  private Quotes() {}

  /** What a pair of matching single or double quotes around {@code s} holds; else {@code s}. */
  public static String strip(String s) {
    if (s.length() >= 2
        && (s.charAt(0) == '"' || s.charAt(0) == '\'')
        && s.charAt(s.length() - 1) == s.charAt(0)) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
