package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ComposePortsTest {

  @Test
  void theServiceNameEndsAtTheNextDotOrIndex() {
    assertThat(ComposePorts.serviceEnd("services.web.ports[0]")).isEqualTo("services.web".length());
    assertThat(ComposePorts.serviceEnd("services.db[0]")).isEqualTo("services.db".length());
    assertThat(ComposePorts.serviceEnd("services.api")).isEqualTo("services.api".length());
    assertThat(ComposePorts.serviceEnd("services.")).isEqualTo(-1);
    assertThat(ComposePorts.serviceEnd("services..x")).isEqualTo(-1);
    assertThat(ComposePorts.serviceEnd("x.services.web")).isEqualTo(-1);
  }

  @Test
  void theOwnerIsTheServiceAndItsImageBaseName() {
    Map<String, String> values = Map.of("services.Db.image", "docker.io/library/postgres:16");
    assertThat(ComposePorts.owner("services.Db.ports[0]", values::get)).isEqualTo("db postgres");
    assertThat(ComposePorts.owner("services.cache.ports[0]", values::get)).isEqualTo("cache");
    assertThat(ComposePorts.owner("x.ports[0]", values::get)).isEmpty();
  }
}
