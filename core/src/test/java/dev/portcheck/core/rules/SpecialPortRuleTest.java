package dev.portcheck.core.rules;

import static dev.portcheck.core.rules.RuleTestSupport.listen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Severity;
import org.junit.jupiter.api.Test;

class SpecialPortRuleTest {
  private final SpecialPortRule rule = new SpecialPortRule();

  @Test
  void explainsZeroAndMinusOne() {
    assertThat(rule.check(listen("server.port", "0")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message()).contains("random free port");
            });
    assertThat(rule.check(listen("server.port", "-1")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("turns the server off"));
  }

  @Test
  void ordinaryPortsAreNotSpecial() {
    assertThat(rule.check(listen("server.port", "8080"))).isEmpty();
  }
}
