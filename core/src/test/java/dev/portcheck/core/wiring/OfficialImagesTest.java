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
    assertThat(ports("docker.io/bitnami/postgresql:11")).isEqualTo(java.util.List.of(5432));
    assertThat(ports("bitnami/zookeeper:3.8")).isEqualTo(java.util.List.of(2181, 2888, 3888, 8080));
    assertThat(ports("bitnamilegacy/valkey:8.0")).isEqualTo(java.util.List.of(6379));
    assertThat(ports("docker.io/bitnamilegacy/postgresql:15")).isEqualTo(java.util.List.of(5432));
  }

  @Test
  void mirrorsAndTheVendorsOtherRegistriesServeTheSameImage() {
    assertThat(ports("public.ecr.aws/docker/library/postgres:16"))
        .isEqualTo(java.util.List.of(5432));
    assertThat(ports("mirror.gcr.io/redis:7")).isEqualTo(java.util.List.of(6379));
    assertThat(ports("ghcr.io/openzipkin/zipkin:3")).isEqualTo(java.util.List.of(9411));
    assertThat(ports("quay.io/prometheus/prometheus:v2.53.0")).isEqualTo(java.util.List.of(9090));
    // Another owner's image of the same name is other software.
    assertThat(ports("ghcr.io/acme/postgres:16")).isNull();
    assertThat(ports("quay.io/someone/zipkin:1")).isNull();
    assertThat(ports("keycloak/keycloak:26.0")).isEqualTo(java.util.List.of(8080, 8443, 9000));
    assertThat(ports("quay.io/minio/minio:RELEASE.2024-01-01T00-00-00Z"))
        .isEqualTo(java.util.List.of(9000));
    assertThat(ports("docker.redpanda.com/redpandadata/console:v2.8.0"))
        .isEqualTo(java.util.List.of(8080));
    assertThat(ports("quay.io/prometheus/node-exporter:v1.8.0")).isEqualTo(java.util.List.of(9100));
    assertThat(OfficialImages.portsSetByFlagsOnly("quay.io/prometheus/node-exporter:v1.8.0"))
        .isTrue();
  }

  @Test
  void localstackServesItsGatewayAndItsRangeOfServicePorts() {
    assertThat(OfficialImages.of("localstack/localstack:3", AT).orElseThrow().exposed())
        .extracting(DockerImage.Exposed::port)
        .contains(4566, 4510, 4559, 5678)
        .hasSize(52);
  }

  @Test
  void imagesWhoseConfigurationSetsTheirListenersStayUnknown() {
    assertThat(ports("nginx:1.27")).isNull();
    assertThat(ports("traefik:v3")).isNull();
    // Kafka's listeners are whatever KAFKA_CFG_LISTENERS says, a variable no port name marks.
    assertThat(ports("bitnami/kafka:3.6")).isNull();
    assertThat(ports("registry.example.com/team/app:1")).isNull();
  }
}
