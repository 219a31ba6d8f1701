package dev.portcheck.core.rules;

import static dev.portcheck.core.rules.RuleTestSupport.candidate;
import static dev.portcheck.core.rules.RuleTestSupport.listen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceDiscoveryTest {

  @ParameterizedTest
  @CsvSource({
    "eureka.client.service-url.defaultZone, true",
    "EUREKA_CLIENT_SERVICEURL_DEFAULTZONE, true",
    "spring.cloud.consul.port, true",
    "consul.client.default-zone, true",
    "kubernetes.client.discovery.mode-configuration, true",
    "spring.datasource.url, false"
  })
  void registryKeysInRelaxedSpellings(String value, boolean expected) {
    assertThat(ServiceDiscovery.names(value)).isEqualTo(expected);
  }

  @Test
  void noRegistryNoIdiom() {
    ServiceDiscovery d =
        ServiceDiscovery.of(
            List.of(candidate("spring.datasource.url", Role.CONNECT, "app", "5432")));
    assertThat(d.registers(listen("server.port", "0"))).isFalse();
  }
}
