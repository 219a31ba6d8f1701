package dev.portcheck.core.candidates;

import dev.portcheck.core.candidates.PortLiteral.Origin;
import java.util.function.Function;

/**
 * Expands {@code ${...}} placeholders in a value, keeping for every character of the result the
 * offset in the original value it came from. Spring, Quarkus and Micronaut take the default after
 * the first colon ({@code ${PORT:8080}}, so {@code ${X:-1}} defaults to {@code -1}); compose and
 * shell files take {@code ${X:-8080}} and {@code ${X-8080}}. Nested placeholders resolve inside
 * out; references to other keys resolve through a lookup, at most {@value #MAX_DEPTH} deep.
 */
public final class Placeholders {
  static final int MAX_DEPTH = 8;

  /**
   * Substitutions allowed per value. References can fan out ({@code a=${b}${b}}, {@code
   * b=${c}${c}}...), which grows exponentially with depth: a placeholder bomb. Past this budget the
   * rest counts as unresolved.
   */
  static final int MAX_SUBSTITUTIONS = 256;

  private Placeholders() {}

  /** Whose placeholders a value holds. */
  public enum Syntax {
    /** Spring, Quarkus, Micronaut: {@code ${name:default}}. */
    SPRING,
    /** Shell-style defaults, {@code ${X:-8080}} and {@code ${X-8080}}. */
    SHELL,
    /**
     * What compose interpolates: the shell style, and also {@code $X} without braces, with {@code
     * $$} for a literal {@code $}.
     */
    COMPOSE
  }

  /**
   * An expanded value.
   *
   * @param offsets for each character of text, its offset in the original value; null when the
   *     value held no placeholder, so every character is where it was written
   * @param origins for each character of text, how it got there; null when all are literal
   * @param unresolved true when a placeholder had neither a value nor a default
   */
  public record Expanded(String text, int[] offsets, Origin[] origins, boolean unresolved) {
    /** A value without placeholders: nothing to allocate per character. */
    static Expanded literal(String text) {
      return new Expanded(text, null, null, false);
    }

    public boolean hasPlaceholder(String original) {
      return original.contains("${");
    }

    @Override
    public int[] offsets() {
      return offsets != null
          ? offsets
          : java.util.stream.IntStream.range(0, text.length()).toArray();
    }

    @Override
    public Origin[] origins() {
      if (origins != null) {
        return origins;
      }
      Origin[] all = new Origin[text.length()];
      java.util.Arrays.fill(all, Origin.LITERAL);
      return all;
    }

    /** Where character {@code i} of the text was in the original value. */
    int offsetOf(int i) {
      return offsets == null ? i : offsets.length > i ? offsets[i] : 0;
    }

    /** How character {@code i} of the text got there. */
    Origin originOf(int i) {
      return origins == null || origins.length <= i ? Origin.LITERAL : origins[i];
    }

    /** The same expansion with its text replaced by one of equal length (template masking). */
    Expanded withText(String sameLength) {
      return new Expanded(sameLength, offsets, origins, unresolved);
    }
  }

  /** Expands {@code value}; {@code lookup} returns a referenced key's value or null. */
  public static Expanded expand(String value, Syntax syntax, Function<String, String> lookup) {
    if (value.indexOf('$') < 0) {
      return Expanded.literal(value); // both placeholder syntaxes start with '$'
    }
    Expansion x = new Expansion(syntax, lookup);
    Builder out = new Builder();
    x.expandInto(value, 0, value.length(), 0, Origin.LITERAL, out, 0);
    return new Expanded(out.text.toString(), out.offsets(), out.origins(), x.unresolved);
  }

  /** One value's expansion: its syntax and lookup, and what all its substitutions share. */
  private static final class Expansion {
    final Syntax syntax;
    final Function<String, String> lookup;
    boolean unresolved;
    int budget = MAX_SUBSTITUTIONS;

    Expansion(Syntax syntax, Function<String, String> lookup) {
      this.syntax = syntax;
      this.lookup = lookup;
    }

    /** {@code v[from, to)} into {@code out}, each character at {@code baseOffset} + its index. */
    void expandInto(
        String v, int from, int to, int baseOffset, Origin origin, Builder out, int depth) {
      int i = from;
      while (i < to) {
        if (syntax == Syntax.COMPOSE && v.charAt(i) == '$' && i + 1 < to) {
          if (v.charAt(i + 1) == '$') {
            out.append('$', baseOffset + i, origin); // $$ is a literal $
            i += 2;
            continue;
          }
          int end = bareNameEnd(v, i + 1, to);
          if (end > i + 1) {
            if (!substitute(v.substring(i + 1, end), i, baseOffset, out, depth)) {
              unresolved = true;
            }
            i = end;
            continue;
          }
        }
        if (v.charAt(i) == '$' && i + 1 < to && v.charAt(i + 1) == '{') {
          int close = matchingBrace(v, i + 1, to);
          if (close < 0) {
            out.append(v.substring(i, to), baseOffset + i, origin);
            return;
          }
          resolveOne(v, i, close, baseOffset, out, depth);
          i = close + 1;
        } else {
          out.append(v.charAt(i), baseOffset + i, origin);
          i++;
        }
      }
    }

    /** The {@code ${...}} from {@code dollar} to {@code close}: a reference, else its default. */
    private void resolveOne(
        String v, int dollar, int close, int baseOffset, Builder out, int depth) {
      int bodyStart = dollar + 2;
      int sep = topLevelColon(v, bodyStart, close);
      int nameEnd = sep < 0 ? close : sep;
      int defaultStart = sep < 0 ? -1 : sep + 1;
      if (syntax != Syntax.SPRING) {
        if (sep >= 0
            && defaultStart < close
            && (v.charAt(defaultStart) == '-' || v.charAt(defaultStart) == '=')) {
          defaultStart++;
        } else if (sep >= 0 && defaultStart < close && v.charAt(defaultStart) == '?') {
          defaultStart = -1;
        } else if (sep < 0) {
          int dash = v.indexOf('-', bodyStart);
          if (dash > 0 && dash < close) {
            nameEnd = dash;
            defaultStart = dash + 1;
          }
        }
      }
      if (substitute(v.substring(bodyStart, nameEnd).trim(), dollar, baseOffset, out, depth)
          || budget < 0) {
        return;
      }
      if (defaultStart >= 0) {
        expandInto(v, defaultStart, close, baseOffset, Origin.PLACEHOLDER_DEFAULT, out, depth + 1);
        return;
      }
      unresolved = true;
    }

    /**
     * The value {@code name} refers to, expanded in turn, every character located at the {@code $}
     * that used it; false when nothing defines it (or the substitution budget is spent, which
     * leaves the value unresolved).
     */
    private boolean substitute(String name, int dollar, int baseOffset, Builder out, int depth) {
      if (--budget < 0) {
        unresolved = true;
        return false;
      }
      String referenced = depth < MAX_DEPTH && lookup != null ? lookup.apply(name) : null;
      if (referenced == null) {
        return false;
      }
      Builder inner = new Builder();
      expandInto(referenced, 0, referenced.length(), 0, Origin.REFERENCE, inner, depth + 1);
      for (int k = 0; k < inner.text.length(); k++) {
        out.append(inner.text.charAt(k), baseOffset + dollar, Origin.REFERENCE);
      }
      return true;
    }
  }

  /** The end of a variable name written without braces from {@code from}: from itself if none. */
  private static int bareNameEnd(String v, int from, int to) {
    char first = from < to ? v.charAt(from) : '0';
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first == '_')) {
      return from;
    }
    int end = from + 1;
    while (end < to && (isAsciiLetterOrDigit(v.charAt(end)) || v.charAt(end) == '_')) {
      end++;
    }
    return end;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Index of the '}' closing the '{' at {@code open}, or -1. */
  static int matchingBrace(String v, int open, int to) {
    return outsideBraces(v, open, to, '}');
  }

  private static int topLevelColon(String v, int from, int to) {
    return outsideBraces(v, from, to, ':');
  }

  /**
   * Index of the first {@code wanted} in {@code v[from, to)} that stands outside every brace pair
   * opened after {@code from}, or -1. Braces are counted before the comparison, so for {@code '}'}
   * from a '{' this is the brace that closes it.
   */
  private static int outsideBraces(String v, int from, int to, char wanted) {
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      }
      if (c == wanted && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static final class Builder {
    final StringBuilder text = new StringBuilder();
    int[] offs = new int[16];
    Origin[] origs = new Origin[16];

    void append(char c, int offset, Origin origin) {
      int n = text.length();
      if (n == offs.length) {
        offs = java.util.Arrays.copyOf(offs, n * 2);
        origs = java.util.Arrays.copyOf(origs, n * 2);
      }
      text.append(c);
      offs[n] = offset;
      origs[n] = origin;
    }

    void append(String s, int firstOffset, Origin origin) {
      for (int k = 0; k < s.length(); k++) {
        append(s.charAt(k), firstOffset + k, origin);
      }
    }

    int[] offsets() {
      return java.util.Arrays.copyOf(offs, text.length());
    }

    Origin[] origins() {
      return java.util.Arrays.copyOf(origs, text.length());
    }
  }
}
