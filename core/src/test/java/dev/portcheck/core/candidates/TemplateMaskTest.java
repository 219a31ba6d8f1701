package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateMaskTest {
  @Test
  void goAndJinjaExpressionsAreTemplatesAndPlaceholdersAreNot() {
    assertThat(TemplateMask.hasTemplate("{{ .Values.port }}")).isTrue();
    assertThat(TemplateMask.hasTemplate("{% if tls %}8443{% endif %}")).isTrue();
    assertThat(TemplateMask.hasTemplate("${PORT:8080}")).isFalse();
    assertThat(TemplateMask.hasTemplate("8080")).isFalse();
  }

  @Test
  void maskingKeepsTheColumnsOfTheTextAround() {
    String masked = TemplateMask.mask("{{ host }}:2888");
    assertThat(masked).hasSize("{{ host }}:2888".length()).endsWith(":2888");
    assertThat(TemplateMask.isOnlyTemplate(TemplateMask.mask("\"{{ .Values.port }}\""))).isTrue();
  }
}
