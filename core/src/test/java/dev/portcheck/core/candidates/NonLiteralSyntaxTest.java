package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NonLiteralSyntaxTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<%= ENV[\"DB_PORT\"] %>",
        "{{ .Values.port }}",
        "{% if x %}80{% endif %}",
        "${env:METRICS_PORT}",
        "$PORT",
        "$(PORT)",
        "%PORT%",
        "@server.port@",
        " [] ",
        "{}"
      })
  void otherProgramsNotationsAreNoLiterals(String value) {
    assertThat(NonLiteralSyntax.isPresent(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"8080", "80a", "${PORT:8080}", "user@example.com"})
  void plainValuesAreLiterals(String value) {
    assertThat(NonLiteralSyntax.isPresent(value)).isFalse();
  }
}
