package dev.portcheck.core.candidates;

/**
 * Template expressions ({@code {{ .Values.port }}}, {@code {% if %}}) stand for values known only
 * after rendering. Masking replaces each with letters of the same length, so the literal text
 * around them keeps its columns and a templated host ({@code {{ host }}:2888:3888}) still reads as
 * a host.
 */
public final class TemplateMask {
  static final char MASK = 'T';

  private TemplateMask() {}

  public static boolean hasTemplate(String value) {
    return value.contains("{{") || value.contains("{%");
  }

  /** The value with every template expression replaced by {@link #MASK} characters. */
  public static String mask(String value) {
    if (!hasTemplate(value)) {
      return value;
    }
    StringBuilder out = new StringBuilder(value);
    int i = 0;
    while (i < value.length() - 1) {
      char c = value.charAt(i);
      char n = value.charAt(i + 1);
      if (c == '{' && (n == '{' || n == '%')) {
        String close = n == '{' ? "}}" : "%}";
        int end = value.indexOf(close, i + 2);
        int stop = end < 0 ? value.length() : end + 2;
        for (int k = i; k < stop; k++) {
          out.setCharAt(k, MASK);
        }
        i = stop;
      } else {
        i++;
      }
    }
    return out.toString();
  }

  /** True when nothing but template expressions and blanks is left. */
  static boolean isOnlyTemplate(String masked) {
    for (int i = 0; i < masked.length(); i++) {
      char c = masked.charAt(i);
      if (c != MASK && !Character.isWhitespace(c) && c != '"' && c != '\'') {
        return false;
      }
    }
    return true;
  }
}
