package dev.portcheck.core.rules;

import static dev.portcheck.core.rules.RuleTestSupport.candidate;
import static dev.portcheck.core.rules.RuleTestSupport.listen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceDiscoveryTest {

  @Test
  void registryKeysInRelaxedSpellings() {
    assertThat(ServiceDiscovery.names("eureka.client.service-url.defaultZone")).isTrue();
    assertThat(ServiceDiscovery.names("EUREKA_CLIENT_SERVICEURL_DEFAULTZONE")).isTrue();
    assertThat(ServiceDiscovery.names("spring.cloud.consul.port")).isTrue();
    assertThat(ServiceDiscovery.names("consul.client.default-zone")).isTrue();
    assertThat(ServiceDiscovery.names("kubernetes.client.discovery.mode-configuration")).isTrue();
    assertThat(ServiceDiscovery.names("spring.datasource.url")).isFalse();
  }

  @Test
  void noRegistryNoIdiom() {
    ServiceDiscovery d =
        ServiceDiscovery.of(
            List.of(candidate("spring.datasource.url", Role.CONNECT, "app", "5432")));
    assertThat(d.registers(listen("server.port", "0"))).isFalse();
  }
}
