package dev.portcheck.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.Protocol;
import org.junit.jupiter.api.Test;

class HostServicesTest {
  private final HostServices table = HostServices.standard();

  @Test
  void holdsTheDaemonsHostsRun() {
    assertThat(table.lookup(22, Protocol.TCP))
        .hasValueSatisfying(s -> assertThat(s.heldBy()).contains("sshd"));
    assertThat(table.lookup(53, Protocol.UDP)).isPresent();
    assertThat(table.lookup(53, Protocol.TCP)).isPresent();
    assertThat(table.lookup(5353, Protocol.UDP)).isPresent();
    assertThat(table.lookup(5353, Protocol.TCP)).isEmpty();
    assertThat(table.lookup(8081, Protocol.TCP)).isEmpty();
  }

  @Test
  void theStubResolverHoldsOneLoopbackAddressOnly() {
    HostServices.HostService dns = table.lookup(53, Protocol.UDP).orElseThrow();
    assertThat(dns.collidesOn("")).isTrue();
    assertThat(dns.collidesOn("0.0.0.0")).isTrue();
    assertThat(dns.collidesOn("[::]")).isTrue();
    assertThat(dns.collidesOn("127.0.0.53")).isTrue();
    assertThat(dns.collidesOn("192.168.1.10")).isFalse();
    assertThat(table.lookup(22, Protocol.TCP).orElseThrow().collidesOn("192.168.1.10")).isTrue();
  }
}
