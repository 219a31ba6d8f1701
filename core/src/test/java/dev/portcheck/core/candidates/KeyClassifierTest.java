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
    "services.api.environment.QUARKUS_GRPC_CLIENTS_LOCATIONS_PORT, CONNECT",
    "services.zk.environment.ZOO_CLIENT_PORT, LISTEN",
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

  /** The fast path of lastSegment must agree with the full segment split on every key shape. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "server.port",
        "port",
        "a.b[0]",
        "a[0][1]",
        "a.b[0].c",
        "[0]",
        "a.",
        "a..b",
        ".a",
        "x.y]z",
        "a[b.c]d",
        "spec.containers[0].ports[1].containerPort",
        "metadata.annotations[\"prometheus.io/port\"]",
        "%dev.\"quarkus.http\".port",
        "services.web.ports[0]",
        "services.web.ports[0][1]",
        "a.b]c[0]",
        "a.b[0]x",
        "x.y]z[0]",
        "a.b[c[0]"
      })
  void lastSegmentAgreesWithTheSegmentSplit(String key) {
    java.util.List<String> segments = KeyClassifier.segments(key);
    String expected = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    assertThat(KeyClassifier.lastSegment(key)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"containerPort", "KAFKA_PORT", "ssl-port", "x", "", "HTTPServer2Port"})
  void wordsSplitCamelSnakeAndKebabCase(String segment) {
    java.util.List<String> words = KeyClassifier.words(segment);
    assertThat(String.join("", words))
        .isEqualTo(segment.replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT));
    assertThat(words).allSatisfy(w -> assertThat(w).isNotEmpty().isLowerCase());
  }
}
