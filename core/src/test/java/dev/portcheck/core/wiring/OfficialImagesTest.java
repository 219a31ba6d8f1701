package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficialImagesTest {
  private static final Loc AT = new Loc("compose.yaml", 5, 12);

  private static Object ports(String image) {
    return OfficialImages.of(image, AT)
        .map(i -> i.exposed().stream().map(DockerImage.Exposed::port).toList())
        .orElse(null);
  }

  @Test
  void anImageIsKnownByItsNameWhateverRegistryPrefixTagOrDigest() {
    assertThat(ports("postgres:16-alpine")).isEqualTo(java.util.List.of(5432));
    assertThat(ports("docker.io/library/redis@sha256:abc")).isEqualTo(java.util.List.of(6379));
    assertThat(ports("elasticsearch:8.13.0")).isEqualTo(java.util.List.of(9200, 9300));
    assertThat(ports("docker.elastic.co/kibana/kibana:8.13.0")).isEqualTo(java.util.List.of(5601));
    assertThat(ports("grafana/grafana:latest")).isEqualTo(java.util.List.of(3000));
    assertThat(ports("dpage/pgadmin4")).isEqualTo(java.util.List.of(80, 443));
  }

  @Test
  void imagesWhoseConfigurationSetsTheirListenersStayUnknown() {
    assertThat(ports("nginx:1.27")).isNull();
    assertThat(ports("traefik:v3")).isNull();
    assertThat(ports("registry.example.com/team/app:1")).isNull();
  }
}
