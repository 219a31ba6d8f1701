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

  /** A label value that is template text of a chart ({@link KubernetesFacts}), not a value. */
  static boolean isToken(String value) {
    return value.contains("{{");
  }
}
