package dev.portcheck.core.wiring;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.entries.YamlEntryReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CollectorConfigReaderTest {

  private static Optional<CollectorConfig> read(String text) {
    return CollectorConfigReader.read(
        "otel.yaml", new YamlEntryReader().read(text).entries(), text);
  }

  @Test
  void theOtlpReceiversTransportsListenAtTheirEndpointOrTheirDefault() {
    CollectorConfig c =
        read(lines(
                "receivers:",
                "  otlp:",
                "    protocols:",
                "      grpc:",
                "      http:",
                "        endpoint: 0.0.0.0:14318",
                "  jaeger:",
                "    protocols: {thrift_http: {}}",
                "service:",
                "  pipelines:",
                "    traces: {receivers: [otlp], exporters: [debug]}"))
            .orElseThrow();
    assertThat(c.otlpListens())
        .extracting(Setting::name, Setting::value, s -> s.loc().line())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("grpc", "4317", 4),
            org.assertj.core.groups.Tuple.tuple("http", "0.0.0.0:14318", 6));
  }

  @Test
  void aTransportWrittenAsAnEmptyMappingStillListens() {
    CollectorConfig c =
        read(lines(
                "receivers:",
                "  otlp:",
                "    protocols: {grpc: {}, http: {endpoint: 0.0.0.0:4318}}",
                "service: {pipelines: {traces: {receivers: [otlp]}}}"))
            .orElseThrow();
    assertThat(c.otlpListens())
        .extracting(Setting::value)
        .containsExactlyInAnyOrder("4317", "0.0.0.0:4318");
  }

  @Test
  void exportersDialTheirEndpointsAndTheLoadBalancersStaticHosts() {
    CollectorConfig c =
        read(lines(
                "receivers: {otlp: {protocols: {grpc: }}}",
                "exporters:",
                "  otlp/jaeger:",
                "    endpoint: jaeger:4317",
                "  otlphttp/prometheus:",
                "    endpoint: http://prometheus:9090/api/v1/otlp",
                "  prometheus:",
                "    endpoint: 0.0.0.0:8889",
                "  loadbalancing:",
                "    protocol: {otlp: {timeout: 1s}}",
                "    resolver: {static: {hostnames: [\"sampler-1:4317\"]}}",
                "service: {pipelines: {traces: {receivers: [otlp]}}}"))
            .orElseThrow();
    assertThat(c.dials())
        .extracting(Setting::name, Setting::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("exporters.otlp.endpoint", "jaeger:4317"),
            org.assertj.core.groups.Tuple.tuple(
                "exporters.otlp.endpoint", "http://prometheus:9090/api/v1/otlp"),
            org.assertj.core.groups.Tuple.tuple("exporters.loadbalancing.otlp", "sampler-1:4317"));
  }

  @Test
  void aFileWithoutPipelinesIsNoCollectorConfiguration() {
    assertThat(read(lines("receivers:", "  - name: ops", "    email: ops@example.com"))).isEmpty();
    assertThat(read(lines("server:", "  port: 8080"))).isEmpty();
  }
}
