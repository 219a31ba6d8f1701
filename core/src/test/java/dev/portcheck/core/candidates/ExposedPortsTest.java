package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExposedPortsTest {
  @Test
  void anExposedPortIsListedWhereItIsWrittenAndBindsNothingByItself() {
    PortCandidate c = ExposedPorts.of("app/Dockerfile", 5, 16, 9090, Protocol.UDP);
    assertThat(c.key()).isEqualTo("EXPOSE 9090/udp");
    assertThat(c.portValues()).containsExactly(9090L);
    assertThat(c.ports().get(0).column()).isEqualTo(16);
    assertThat(c.kind()).isEqualTo(FileKind.DOCKERFILE);
    assertThat(c.role()).isEqualTo(Role.LISTEN);
    assertThat(c.binding()).isEqualTo(Binding.NONE);
    assertThat(c.sockets()).isEmpty();
  }
}
