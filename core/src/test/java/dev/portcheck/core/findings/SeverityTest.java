package dev.portcheck.core.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeverityTest {
  @Test
  void ordersFromMostToLeastSevere() {
    assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
  }

  @Test
  void parsesIdsCaseInsensitively() {
    assertThat(Severity.parse(" Warning ")).isEqualTo(Severity.WARNING);
    assertThat(Severity.ERROR.id()).isEqualTo("error");
    assertThatThrownBy(() -> Severity.parse("fatal"))
        .hasMessageContaining("error, warning or info");
  }
}
