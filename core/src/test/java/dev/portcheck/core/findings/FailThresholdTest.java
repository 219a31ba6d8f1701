package dev.portcheck.core.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FailThresholdTest {
  @Test
  void errorFailsOnlyOnErrors() {
    assertThat(FailThreshold.ERROR.fails(Severity.ERROR)).isTrue();
    assertThat(FailThreshold.ERROR.fails(Severity.WARNING)).isFalse();
  }

  @Test
  void warningAndInfoIncludeMoreSevereFindings() {
    assertThat(FailThreshold.WARNING.fails(Severity.ERROR)).isTrue();
    assertThat(FailThreshold.WARNING.fails(Severity.INFO)).isFalse();
    assertThat(FailThreshold.INFO.fails(Severity.INFO)).isTrue();
  }

  @Test
  void noneNeverFails() {
    for (Severity s : Severity.values()) {
      assertThat(FailThreshold.NONE.fails(s)).isFalse();
    }
  }

  @Test
  void rejectsUnknownNamesWithTheAllowedOnes() {
    assertThat(FailThreshold.parse("Warning")).isEqualTo(FailThreshold.WARNING);
    assertThatThrownBy(() -> FailThreshold.parse("fatal"))
        .hasMessageContaining("error, warning, info or none");
  }
}
