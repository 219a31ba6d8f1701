package dev.portcheck.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.Protocol;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PortRegistryTest {
  private final PortRegistry registry = PortRegistry.standard();

  @Test
  void holdsTheIanaRegistry() {
    assertThat(registry.size()).isGreaterThan(10_000);
    assertThat(registry.lookup(22, Protocol.TCP))
        .get()
        .extracting(PortRegistry.Service::name)
        .isEqualTo("ssh");
    assertThat(registry.lookup(53, Protocol.UDP))
        .get()
        .extracting(PortRegistry.Service::name)
        .isEqualTo("domain");
    assertThat(registry.lookup(5432, Protocol.TCP))
        .get()
        .extracting(PortRegistry.Service::name)
        .isEqualTo("postgresql");
    for (int port : new int[] {20, 21, 22, 23, 25, 53, 110, 179}) {
      assertThat(registry.lookup(port, Protocol.TCP)).as("port " + port).isPresent();
    }
    assertThat(registry.lookup(123, Protocol.UDP)).isPresent();
  }

  @Test
  void keepsIanaNamesAndAddsDeFactoUses() {
    PortRegistry.Service kafka = registry.lookup(9092, Protocol.TCP).orElseThrow();
    assertThat(kafka.name()).isEqualTo("XmlIpcRegSvc");
    assertThat(kafka.commonUse()).isEqualTo("kafka");
    assertThat(kafka.describe()).contains("commonly used by kafka");
    PortRegistry.Service eureka = registry.lookup(8761, Protocol.TCP).orElseThrow();
    assertThat(eureka.name()).isEqualTo("eureka");
  }

  @Test
  void matchesServiceNamesByWord() {
    PortRegistry.Service pg = registry.lookup(5432, Protocol.TCP).orElseThrow();
    assertThat(pg.isNamed("postgres")).isTrue();
    assertThat(pg.isNamed("postgresql")).isTrue();
    assertThat(pg.isNamed("db")).isFalse();
  }

  @Test
  void readsTheTableFormat() throws IOException {
    String iana = "# comment\n7\ttcp\techo\tEcho\n7\tudp\techo\tEcho\nbad\trow\n";
    String overlay = "7\ttcp\tping\tnot really\thttps://example.org\n";
    PortRegistry r =
        PortRegistry.load(
            new ByteArrayInputStream(
                iana.replace("bad\trow\n", "").getBytes(StandardCharsets.UTF_8)),
            new ByteArrayInputStream(overlay.getBytes(StandardCharsets.UTF_8)));
    assertThat(r.size()).isEqualTo(2);
    assertThat(r.lookup(7, Protocol.TCP).orElseThrow().commonUse()).isEqualTo("ping");
    assertThat(r.lookup(7, Protocol.SCTP)).isEmpty();
  }
}
