package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NonLiteralSyntaxTest {
  @Test
  void otherProgramsNotationsAreNoLiterals() {
    assertThat(NonLiteralSyntax.isPresent("<%= ENV[\"DB_PORT\"] %>")).isTrue();
    assertThat(NonLiteralSyntax.isPresent("{{ .Values.port }}")).isTrue();
    assertThat(NonLiteralSyntax.isPresent("{% if x %}80{% endif %}")).isTrue();
    assertThat(NonLiteralSyntax.isPresent("${env:METRICS_PORT}")).isTrue();
    assertThat(NonLiteralSyntax.isPresent("$PORT")).isTrue();
    assertThat(NonLiteralSyntax.isPresent("$(PORT)")).isTrue();
    assertThat(NonLiteralSyntax.isPresent("%PORT%")).isTrue();
    assertThat(NonLiteralSyntax.isPresent("@server.port@")).isTrue();
    assertThat(NonLiteralSyntax.isPresent(" [] ")).isTrue();
    assertThat(NonLiteralSyntax.isPresent("{}")).isTrue();
  }

  @Test
  void plainValuesAreLiterals() {
    assertThat(NonLiteralSyntax.isPresent("8080")).isFalse();
    assertThat(NonLiteralSyntax.isPresent("80a")).isFalse();
    assertThat(NonLiteralSyntax.isPresent("${PORT:8080}")).isFalse();
    assertThat(NonLiteralSyntax.isPresent("user@example.com")).isFalse();
  }
}
