package dev.portcheck.core.candidates;

import java.util.regex.Pattern;

/**
 * Notations of other programs that stand for a value known only when that program runs or
 * renders: ERB and JSP ({@code <%= ENV["PORT"] %>}), Go, Helm and Jinja templates ({@code {{ }}},
 * {@code {% %}}), an OpenTelemetry collector's {@code ${env:PORT}}, shell and Kubernetes variables
 * ({@code $PORT}, {@code $(PORT)}), Windows {@code %PORT%}, Maven resource filtering ({@code
 * @server.port@}), and an empty YAML list or map. A port written that way is unknown: never a
 * range error, and its text never reaches a message as if it were a number.
 */
final class NonLiteralSyntax {
  private static final Pattern MARKERS =
      Pattern.compile(
          "<%|\\{\\{|\\{%|\\$\\{env:|\\$\\(?[A-Za-z_][A-Za-z0-9_]*\\)?"
              + "|%[A-Za-z_][A-Za-z0-9_]*%|@[A-Za-z_][A-Za-z0-9_.\\-]*@");

  private NonLiteralSyntax() {}

  /**
   * True when {@code raw} (a value as written) holds such a notation, or is an empty list or map.
   */
  static boolean isPresent(String raw) {
    String t = raw.strip();
    if (t.equals("[]") || t.equals("{}")) {
      return true;
    }
    return MARKERS.matcher(t).find();
  }
}
