package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceDnsTest {
  @Test
  void theFormsOfAServicesName() {
    assertThat(ServiceDns.parse("catalog", "shop"))
        .contains(new ServiceDns("catalog", "shop", false, false));
    assertThat(ServiceDns.parse("catalog.pets", "shop"))
        .contains(new ServiceDns("catalog", "pets", true, false));
    assertThat(ServiceDns.parse("catalog.pets.svc", ""))
        .contains(new ServiceDns("catalog", "pets", true, true));
    assertThat(ServiceDns.parse("catalog.pets.svc.cluster.local.", ""))
        .contains(new ServiceDns("catalog", "pets", true, true));
  }

  @Test
  void otherHostsAreNoServiceNames() {
    assertThat(ServiceDns.parse("api.example.com", "")).isEmpty();
    assertThat(ServiceDns.parse("*.example.com", "")).isEmpty();
    assertThat(ServiceDns.parse("a.b.svc.cluster", "")).isEmpty();
    assertThat(ServiceDns.parse("", "")).isEmpty();
  }
}
