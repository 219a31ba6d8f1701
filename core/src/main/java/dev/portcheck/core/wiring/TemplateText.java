package dev.portcheck.core.wiring;

/** Template text compared as what it renders to: the same text, the same value in one release. */
final class TemplateText {
  private TemplateText() {}

  /**
   * The text with its actions' trim markers and blanks made uniform: {@code {{- include "web.name"
   * . -}}} and {@code {{ include "web.name" . }}} render alike.
   */
  static String token(String text) {
    return text.replace("{{-", "{{")
        .replace("-}}", "}}")
        .replaceAll("\\{\\{\\s+", "{{ ")
        .replaceAll("\\s+}}", " }}")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /**
   * Template text as the value it renders to within chart {@code chart}: the same text elsewhere is
   * another value. Written as messages show it: {@code {{ include "web.fullname" . }} (chart
   * charts/web)}, {@code (chart .)} for a chart at the module's root.
   */
  static String inChart(String text, String chart) {
    return token(text) + " (chart " + (chart.isEmpty() ? "." : chart) + ")";
  }

  /** A literal value, or empty when absent or templated: only literal values count. */
  static String literal(String value) {
    return value == null || dev.portcheck.core.candidates.TemplateMask.hasTemplate(value)
        ? ""
        : value;
  }

  /** The text {@link #inChart} was given, as written; any other value as it is. */
  static String written(String value) {
    int chart = value.lastIndexOf(" (chart ");
    return chart > 0 && value.endsWith(")") && isToken(value) ? value.substring(0, chart) : value;
  }

  /**
   * Template text that renders a host name: actions and DNS characters only ({@code {{ include
   * "shop.fullname" . }}-api}, {@code {{ .Release.Name }}-redis}), so a chart's client names a
   * Service by the same text its Service is named by.
   */
  static boolean isHostText(String value) {
    String v = value.strip();
    if (!v.contains("{{")) {
      return false;
    }
    String outside = ACTION.matcher(v).replaceAll("");
    if (outside.contains("{{")) {
      return false; // an action the value does not close
    }
    for (int i = 0; i < outside.length(); i++) {
      char c = outside.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
          && c != '-'
          && c != '.'
          && c != '_') {
        return false;
      }
    }
    return true;
  }

  /** One action, {@code {{ ... }}}, as written on one line. */
  static final java.util.regex.Pattern ACTION = java.util.regex.Pattern.compile("\\{\\{.*?}}");

  /** A label value that is template text of a chart ({@link KubernetesFacts}), not a value. */
  static boolean isToken(String value) {
    return value.contains("{{");
  }
}
