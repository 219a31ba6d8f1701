package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyClassifierTest {
  @ParameterizedTest
  @CsvSource({
    "server.port, LISTEN",
    "quarkus.http.port, LISTEN",
    "micronaut.server.port, LISTEN",
    "management.server.port, LISTEN",
    "spec.template.spec.containers[0].ports[0].containerPort, LISTEN",
    "spec.ports[0].port, LISTEN",
    "clientPort, LISTEN",
    "storage_port, LISTEN",
    "spring.data.redis.port, CONNECT",
    "spring.mail.port, CONNECT",
    "spring.datasource.port, CONNECT",
    "spec.ports[0].targetPort, CONNECT",
    "spec.egress[0].ports[0].port, CONNECT",
    "spec.template.spec.containers[0].livenessProbe.httpGet.port, CONNECT",
    "mp.messaging.incoming.prices.port, CONNECT",
    "services.api.environment.AMQP_PORT, CONNECT",
    "services.api.environment.SERVER_PORT, LISTEN",
    "my.custom.port, UNKNOWN"
  })
  void classifiesPortKeysByRole(String key, Role role) {
    assertThat(KeyClassifier.classify(key)).contains(role);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "transport",
        "start_native_transport",
        "exactly.once.source.support",
        "spec.volumes[0].iscsi.targetPortal",
        "service.pipelines.traces.exporters",
        "import",
        "heapSize",
        "tickTime",
        "request.timeout.ms"
      })
  void wordsThatMerelyContainPortAreNoPortKeys(String key) {
    assertThat(KeyClassifier.classify(key)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"containerPorts.http", "service.ports.client", "spec.servers[0].port.number"})
  void fieldsUnderAPortsParentCount(String key) {
    assertThat(KeyClassifier.isUnderPortParent(key)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"spec.ports[0].name", "spec.ports[0].protocol", "ports[0]", "server"})
  void namesAndProtocolsOfPortItemsDoNot(String key) {
    assertThat(KeyClassifier.isUnderPortParent(key)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void splitsPathsAndWords() {
    assertThat(KeyClassifier.segments("metadata.annotations[\"prometheus.io/port\"]"))
        .containsExactly("metadata", "annotations", "prometheus.io/port");
    assertThat(KeyClassifier.segments("quarkus.rest-client.\"org.acme.Svc\".url"))
        .containsExactly("quarkus", "rest-client", "org.acme.Svc", "url");
    assertThat(KeyClassifier.words("KAFKA_ADVERTISED_LISTENERS"))
        .containsExactly("kafka", "advertised", "listeners");
    assertThat(KeyClassifier.words("secureClientPort")).containsExactly("secure", "client", "port");
    assertThat(KeyClassifier.lastSegment("services.web.ports[0]")).isEqualTo("ports");
  }
}
