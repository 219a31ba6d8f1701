package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProtocolTest {
  @Test
  void aFieldDeclaresTcpUnlessItSaysAnotherKnownProtocol() {
    assertThat(Protocol.declared(null)).isEqualTo(Protocol.TCP);
    assertThat(Protocol.declared("http")).isEqualTo(Protocol.TCP);
    assertThat(Protocol.declared(" udp ")).isEqualTo(Protocol.UDP);
    assertThat(Protocol.declared("SCTP")).isEqualTo(Protocol.SCTP);
  }

  @Test
  void parseKnowsOnlyTheThree() {
    assertThat(Protocol.parse("Udp")).contains(Protocol.UDP);
    assertThat(Protocol.parse("quic")).isEmpty();
  }
}
