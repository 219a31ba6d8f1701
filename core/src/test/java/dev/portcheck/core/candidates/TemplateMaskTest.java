package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateMaskTest {
  @ParameterizedTest
  @CsvSource({
    "{{ .Values.port }}, true",
    "{% if tls %}8443{% endif %}, true",
    "${PORT:8080}, false",
    "8080, false"
  })
  void goAndJinjaExpressionsAreTemplatesAndPlaceholdersAreNot(String value, boolean expected) {
    assertThat(TemplateMask.hasTemplate(value)).isEqualTo(expected);
  }

  @Test
  void maskingKeepsTheColumnsOfTheTextAround() {
    String masked = TemplateMask.mask("{{ host }}:2888");
    assertThat(masked).hasSize("{{ host }}:2888".length()).endsWith(":2888");
    assertThat(TemplateMask.isOnlyTemplate(TemplateMask.mask("\"{{ .Values.port }}\""))).isTrue();
  }
}
