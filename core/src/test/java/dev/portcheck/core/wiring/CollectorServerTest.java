package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectorServerTest {
  private static final Loc AT = new Loc("otel.yaml", 3, 19);

  private static CollectorConfig config(List<Setting> listens, List<Setting> dials) {
    return new CollectorConfig("otel.yaml", listens, dials);
  }

  @Test
  void theContainersEnvironmentFillsTheCollectorsVariables() {
    CollectorServer s =
        CollectorServer.of(
            List.of(
                config(
                    List.of(
                        new Setting("grpc", "${env:MY_POD_IP}:${env:GRPC_PORT}", AT),
                        new Setting("http", "0.0.0.0:${HTTP_PORT:-4318}", AT)),
                    List.of(new Setting("exporters.otlp.endpoint", "${env:JAEGER}:4317", AT)))),
            Map.of("MY_POD_IP", "0.0.0.0", "GRPC_PORT", "14317", "JAEGER", "jaeger")::get);
    assertThat(s.otlp()).hasValueSatisfying(m -> assertThat(m).containsOnlyKeys(14317, 4318));
    assertThat(s.dials()).extracting(Setting::value).containsExactly("jaeger:4317");
  }

  @Test
  void anEndpointLeftUnreadLeavesTheOtlpListenersUnknown() {
    CollectorServer s =
        CollectorServer.of(
            List.of(
                config(
                    List.of(
                        new Setting("grpc", "${env:UNSET}", AT), new Setting("http", "4318", AT)),
                    List.of(new Setting("exporters.otlp.endpoint", "${env:UNSET}:4317", AT)))),
            name -> null);
    assertThat(s.otlp()).isEmpty();
    assertThat(s.dials()).isEmpty();
  }

  @Test
  void anEndpointsPortIsAfterItsLastColon() {
    assertThat(CollectorServer.portOf("0.0.0.0:4317")).isEqualTo(4317);
    assertThat(CollectorServer.portOf(":4318")).isEqualTo(4318);
    assertThat(CollectorServer.portOf("4317")).isEqualTo(4317);
    assertThat(CollectorServer.portOf("collector")).isNegative();
  }
}
