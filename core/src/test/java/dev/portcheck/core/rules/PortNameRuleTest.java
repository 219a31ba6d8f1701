package dev.portcheck.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortNameRuleTest {
  @ParameterizedTest
  @ValueSource(strings = {"http", "http-metrics", "h2c", "a", "grpc-web-123456"})
  void validNames(String name) {
    assertThat(PortNameRule.problem(name)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"state-snapshot-transfer", "HTTP", "-http", "http-", "a--b", "8080", "web_ui"})
  void invalidNames(String name) {
    assertThat(PortNameRule.problem(name)).isNotNull();
  }
}
