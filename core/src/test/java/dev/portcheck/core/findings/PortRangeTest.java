package dev.portcheck.core.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PortRangeTest {
  @Test
  void placesPortsInTheIanaRanges() {
    assertThat(PortRange.of(0)).isEqualTo(PortRange.SYSTEM);
    assertThat(PortRange.of(1023)).isEqualTo(PortRange.SYSTEM);
    assertThat(PortRange.of(1024)).isEqualTo(PortRange.REGISTERED);
    assertThat(PortRange.of(49151)).isEqualTo(PortRange.REGISTERED);
    assertThat(PortRange.of(49152)).isEqualTo(PortRange.DYNAMIC);
    assertThat(PortRange.of(65535)).isEqualTo(PortRange.DYNAMIC);
  }

  @Test
  void describesTheRange() {
    assertThat(PortRange.REGISTERED.describe()).isEqualTo("registered range 1024-49151");
  }

  @Test
  void rejectsNonPorts() {
    assertThatThrownBy(() -> PortRange.of(65536)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PortRange.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
