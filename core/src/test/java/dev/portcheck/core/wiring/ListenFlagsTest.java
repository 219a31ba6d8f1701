package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListenFlagsTest {
  private static final Loc AT = new Loc("deploy.yaml", 3, 5);

  private static List<Integer> ports(String... words) {
    return ListenFlags.of(
            java.util.Arrays.stream(words).map(w -> new ListenFlags.Word(w, AT)).toList())
        .stream()
        .map(ListenFlags.Listen::port)
        .toList();
  }

  @Test
  void redpandasListenerFlagsListEveryAddressAndMeanNothingToOtherPrograms() {
    assertThat(
            ports(
                "redpanda start",
                "--kafka-addr internal://0.0.0.0:9092,external://0.0.0.0:19092",
                "--advertise-kafka-addr internal://redpanda:9092,external://localhost:19092",
                "--schema-registry-addr=0.0.0.0:8081",
                "--rpc-addr redpanda:33145"))
        .containsExactly(9092, 19092, 8081, 33145);
    assertThat(ports("./exporter", "--kafka-addr", "kafka:9092")).isEmpty();
  }

  @Test
  void listenerFlagsOfServersAndRuntimes() {
    assertThat(ports("./podinfo", "--port=9898", "--port-metrics=9797", "--grpc-port=9999"))
        .containsExactly(9898, 9797, 9999);
    assertThat(ports("--metrics-bind-address=:8443", "--health-probe-bind-address=:8081"))
        .containsExactly(8443, 8081);
    assertThat(ports("--web.listen-address=0.0.0.0:9090")).containsExactly(9090);
    assertThat(ports("gunicorn -b 0.0.0.0:8000 app:app")).containsExactly(8000);
    assertThat(ports("uvicorn main:app --host 0.0.0.0 --port 8000")).containsExactly(8000);
    assertThat(ports("java", "-Dserver.port=8081", "-jar", "app.jar")).containsExactly(8081);
    assertThat(ports("[\"java\", \"--server.port=9000\"]")).containsExactly(9000);
    assertThat(ports("--port=8081", "--telemetry-port=8082", "--debug-addr=:6060"))
        .containsExactly(8081, 8082, 6060);
    assertThat(ports("--secure-listen-address=:8443")).containsExactly(8443);
  }

  @Test
  void clientFlagsFlagsAndVariablesAreNoListeners() {
    assertThat(ports("--redis-port=6379", "--web.enable-tls=false", "--port=$(PORT)")).isEmpty();
    assertThat(ports("-b 0.0.0.0:8000")).isEmpty(); // -b is gunicorn's only
    assertThat(ports("--backend-url=http://backend:9898/echo")).isEmpty();
  }

  @Test
  void mainAndHealthListenersAreTold() {
    List<ListenFlags.Listen> l =
        ListenFlags.of(
            List.of(
                new ListenFlags.Word("--port=8080", AT),
                new ListenFlags.Word("--health-probe-bind-address=:8081", AT),
                new ListenFlags.Word("-Dserver.port=9000", AT),
                new ListenFlags.Word("--http-address=0.0.0.0:4180", AT),
                new ListenFlags.Word("--metrics-address=:44180", AT)));
    assertThat(l)
        .extracting(ListenFlags.Listen::main)
        .containsExactly(true, false, true, true, false);
    assertThat(l)
        .extracting(ListenFlags.Listen::health)
        .containsExactly(false, true, false, false, false);
  }

  @Test
  void minioListensOnItsAddressAndItsConsoleOnAnother() {
    List<ListenFlags.Listen> l =
        ListenFlags.of(
            List.of(
                new ListenFlags.Word("minio", AT),
                new ListenFlags.Word("server", AT),
                new ListenFlags.Word("--address", AT),
                new ListenFlags.Word(":9002", AT),
                new ListenFlags.Word("--console-address", AT),
                new ListenFlags.Word(":9090", AT)));
    assertThat(l).extracting(ListenFlags.Listen::port).containsExactly(9002, 9090);
    assertThat(l).extracting(ListenFlags.Listen::main).containsExactly(true, false);
  }
}
