package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortKeyFactsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "server.port",
        "spring.datasource.port",
        "spec.containers[0].ports[0].containerPort",
        "containerPorts.http",
        "transport.type",
        "ports.0",
        "eureka.client.port"
      })
  void remembersWhatTheClassifierSays(String key) {
    PortKeyFacts.Facts facts = PortKeyFacts.of(key);
    assertThat(facts.namesPort()).isEqualTo(KeyClassifier.namesPort(key));
    assertThat(facts.underPortParent()).isEqualTo(KeyClassifier.isUnderPortParent(key));
    assertThat(facts.role())
        .isEqualTo(facts.namesPort() || facts.underPortParent() ? KeyClassifier.roleOf(key) : null);
    assertThat(PortKeyFacts.of(new String(key))).isSameAs(facts);
  }
}
