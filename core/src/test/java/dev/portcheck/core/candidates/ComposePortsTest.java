package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ComposePortsTest {

  @Test
  void theOwnerIsTheServiceAndItsImageBaseName() {
    Map<String, String> values = Map.of("services.Db.image", "docker.io/library/postgres:16");
    assertThat(ComposePorts.owner("services.Db.ports[0]", values::get)).isEqualTo("db postgres");
    assertThat(ComposePorts.owner("services.cache.ports[0]", values::get)).isEqualTo("cache");
    assertThat(ComposePorts.owner("x.ports[0]", values::get)).isEmpty();
    // A service named with a dot, as compose allows and the YAML reader quotes it.
    Map<String, String> dotted = Map.of("services[\"podcast.api\"].image", "example/podcast-api");
    assertThat(ComposePorts.owner("services[\"podcast.api\"].ports[0]", dotted::get))
        .isEqualTo("podcast.api podcast-api");
  }
}
