package dev.portcheck.core.entries;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template action that writes text ({@code {{- toYaml .Values.env | nindent 12 }}}, {@code {{
 * include "x.labels" . }}}), as opposed to one that only steers ({@code if}, {@code range}, {@code
 * end}, a variable assignment, a comment).
 */
final class OutputAction {
  private static final Set<String> CONTROL =
      Set.of("if", "else", "end", "range", "with", "define", "block", "break", "continue");

  /** The indent function at the end of a pipeline: {@code | indent 10}, {@code | nindent 12}. */
  private static final Pattern INDENT = Pattern.compile("\\|\\s*n?indent\\s+(\\d{1,3})\\s*-?}}$");

  private OutputAction() {}

  /** The column (0-based) where the action's output lines start, when an indent function says. */
  static Optional<Integer> writtenIndent(String action) {
    Matcher m = INDENT.matcher(action);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  /** True when {@code text} is exactly one output action. */
  static boolean is(String text) {
    if (!text.startsWith("{{") || !text.endsWith("}}") || text.indexOf("{{", 2) >= 0) {
      return false;
    }
    String inner = text.substring(2, text.length() - 2);
    inner = inner.startsWith("-") ? inner.substring(1) : inner;
    inner = inner.endsWith("-") ? inner.substring(0, inner.length() - 1) : inner;
    inner = inner.strip();
    if (inner.isEmpty() || inner.startsWith("/*") || inner.contains(":=")) {
      return false;
    }
    int space = inner.indexOf(' ');
    String first = space < 0 ? inner : inner.substring(0, space);
    return !CONTROL.contains(first);
  }
}
