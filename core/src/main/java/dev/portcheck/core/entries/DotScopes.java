package dev.portcheck.core.entries;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code .} stands for, line by line, in a Helm template: {@code {{- with .Values.probe }}}
 * moves it to that value until the block's {@code end}, so {@code {{- toYaml . | nindent 12 }}}
 * inside writes {@code .Values.probe}. {@code if} keeps it, {@code range} and {@code define} move
 * it somewhere unknown, {@code else} gives back the outer one.
 */
final class DotScopes {
  /** One action of a line, its text without trim markers and outer blanks as group 1. */
  static final Pattern ACTION = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?}}");

  private static final Pattern WITH_VALUES =
      Pattern.compile("with\\s+(\\$?\\.Values(?:\\.[A-Za-z_]\\w*)+)");
  private static final Pattern TO_YAML_DOT = Pattern.compile("(\\{\\{-?\\s*toYaml\\s+)\\.(\\s.*)");

  // The .Values path dot stands for in each open block; UNKNOWN where it is no values path.
  private static final String UNKNOWN = "";
  private final Deque<String> scopes = new ArrayDeque<>();

  /** Follows the control actions of one line, in order. */
  void read(String line) {
    if (line.indexOf("{{") < 0) {
      return;
    }
    Matcher m = ACTION.matcher(line);
    while (m.find()) {
      String inner = m.group(1);
      int space = inner.indexOf(' ');
      String keyword = space < 0 ? inner : inner.substring(0, space);
      switch (keyword) {
        case "with" -> {
          Matcher values = WITH_VALUES.matcher(inner);
          scopes.push(values.matches() ? values.group(1) : UNKNOWN);
        }
        case "if" -> scopes.push(current());
        case "range", "define", "block" -> scopes.push(UNKNOWN);
        case "else" -> {
          if (!scopes.isEmpty()) {
            scopes.pop();
            String outer = current();
            scopes.push(inner.startsWith("else with") ? UNKNOWN : outer);
          }
        }
        case "end" -> {
          if (!scopes.isEmpty()) {
            scopes.pop();
          }
        }
        default -> {}
      }
    }
  }

  /** {@code action} with a {@code toYaml .} written as the values path dot stands for here. */
  String resolve(String action) {
    String dot = current();
    if (dot.isEmpty()) {
      return action;
    }
    Matcher m = TO_YAML_DOT.matcher(action);
    return m.matches() ? m.group(1) + dot + m.group(2) : action;
  }

  private String current() {
    return scopes.isEmpty() ? UNKNOWN : scopes.peek();
  }
}
