package dev.portcheck.core.rules;

import static dev.portcheck.core.rules.RuleTestSupport.listen;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedPortKeyRuleTest {
  private final RepeatedPortKeyRule rule = new RepeatedPortKeyRule();

  @Test
  void aKeyWithTwoDifferentPortsIsReported() {
    assertThat(rule.check(List.of(listen("server.port", "8080"), listen("server.port", "9090"))))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("server.port is set twice")
                    .contains("8080")
                    .contains("9090"));
  }

  @Test
  void theSamePortTwiceOrOtherKeysAreNot() {
    assertThat(
            rule.check(
                List.of(
                    listen("server.port", "8080"),
                    listen("server.port", "8080"),
                    listen("admin.port", "9090"))))
        .isEmpty();
  }
}
