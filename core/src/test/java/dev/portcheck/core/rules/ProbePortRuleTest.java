package dev.portcheck.core.rules;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.wiring.WiringFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbePortRuleTest {
  /** A pod named p with one container, {@code name}, and the lines that follow its name. */
  private static String pod(String name, String... container) {
    return lines(
            "apiVersion: v1",
            "kind: Pod",
            "metadata: {name: p}",
            "spec:",
            "  containers:",
            "  - name: " + name)
        + lines(container);
  }

  private static List<Finding> check(String ports, String probe) {
    return check(ports, "image: app:1", probe);
  }

  private static List<Finding> check(String ports, String extra, String probe) {
    String pod = pod("app", "    ports: " + ports, "    livenessProbe: " + probe, "    " + extra);
    return new ProbePortRule().check(WiringFixture.with("pod.yaml", pod).model());
  }

  @Test
  void anUnknownNameIsAnError() {
    assertThat(check("[{containerPort: 80, name: web}]", "{tcpSocket: {port: http}}"))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void anUndeclaredNumberAloneIsNoEvidence() {
    // Health and metrics ports often go undeclared: a collector's 13133 works.
    assertThat(check("[{containerPort: 4317}]", "{httpGet: {path: /, port: 13133}}")).isEmpty();
    assertThat(
            check(
                "[{containerPort: 8080}]",
                "args: [--health-probe-bind-address=:8081]",
                "{httpGet: {path: /healthz, port: 8081}}"))
        .isEmpty();
  }

  @Test
  void anotherProbeAtADeclaredPortIsEvidence() {
    assertThat(
            check(
                "[{containerPort: 8079}]",
                "readinessProbe: {httpGet: {path: /, port: 8079}}",
                "{httpGet: {path: /, port: 8078}}"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).contains("8078").contains("readinessProbe");
              assertThat(f.line()).isEqualTo(8);
            });
  }

  @Test
  void envOrArgsThatSetTheListenPortAreEvidence() {
    assertThat(
            check(
                "[{containerPort: 8083}]",
                "env: [{name: QUARKUS_HTTP_PORT, value: \"8083\"}]",
                "{httpGet: {path: /q/health, port: 8080}}"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("QUARKUS_HTTP_PORT=8083"));
    assertThat(
            check(
                "[{containerPort: 8081, name: health}]",
                "args: [--health-probe-bind-address=:8082]",
                "{httpGet: {path: /healthz, port: 8081}}"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("--health-probe-bind-address=:8082"));
  }

  @Test
  void aSecondServersVariableAloneSaysNothingOfTheMainPort() {
    // The broker's JMX server is 9101; its undeclared listener 9092 answers the probe.
    assertThat(
            check(
                "[{containerPort: 9101}]",
                "env: [{name: KAFKA_JMX_PORT, value: \"9101\"},"
                    + " {name: METRICS_BIND_ADDRESS, value: \":9090\"}]",
                "{tcpSocket: {port: 9092}}"))
        .isEmpty();
  }

  @Test
  void aCommandThatMovesTheMainListenerAwayFromADeclaredPortIsEvidence() {
    assertThat(
            check(
                "[{containerPort: 9898, name: http}, {containerPort: 9797, name: metrics}]",
                "command: [./podinfo, --port=8080, --port-metrics=9797]",
                "{exec: {command: [podcli, check, http, 'localhost:9898/healthz']}}"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("--port=8080").contains("9898"));
    assertThat(
            check(
                "[{containerPort: 9898, name: http}]",
                "command: [./podinfo, --port=9898]",
                "{exec: {command: [podcli, check, http, 'localhost:9898/healthz']}}"))
        .isEmpty();
  }

  @Test
  void silentWhenDeclaredOrWhenTheContainerDeclaresNoPorts() {
    assertThat(check("[{containerPort: 80, name: web}]", "{tcpSocket: {port: web}}")).isEmpty();
    assertThat(check("[{containerPort: 80}]", "{grpc: {port: 80}}")).isEmpty();
    assertThat(check("[]", "{httpGet: {port: 8080}}")).isEmpty();
  }

  private static final String COMPOSE =
      lines(
          "services:",
          "  shipping:",
          "    build: shipping",
          "    image: ${REPO}/rs-shipping:${TAG}",
          "    healthcheck:",
          "      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8080/health\"]");

  private static List<Finding> withCompose(String compose, String probe) {
    String pod =
        pod(
            "shipping",
            "    image: robotshop/rs-shipping:latest",
            "    ports: [{containerPort: 8080}]",
            "    readinessProbe: " + probe);
    return new ProbePortRule()
        .check(
            WiringFixture.with("k8s/pod.yaml", pod)
                .and("docker-compose.yaml", compose)
                .and(".env", "REPO=robotshop\nTAG=2.1.0\n")
                .model());
  }

  @Test
  void theSameImagesComposeHealthcheckAtTheSamePathIsEvidence() {
    assertThat(withCompose(COMPOSE, "{httpGet: {path: /health, port: 8081}}"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).contains("robotshop/rs-shipping", "/health at 8080");
            });
    assertThat(withCompose(COMPOSE, "{httpGet: {path: /metrics, port: 8081}}"))
        .as("another path may be another server")
        .isEmpty();
    assertThat(withCompose(COMPOSE, "{httpGet: {path: /health, port: 8080}}")).isEmpty();
    String moved = COMPOSE + "    environment: [SERVER_PORT=8081]\n";
    assertThat(withCompose(moved, "{httpGet: {path: /health, port: 8081}}"))
        .as("compose moves the port: its healthcheck says nothing of the image as built")
        .isEmpty();
  }

  @Test
  void anApiServersSecurePortIsItsMainListener() {
    assertThat(
            check(
                "[{containerPort: 10250, name: https}]",
                "args: [--secure-port=4443]",
                "{httpGet: {path: /livez, port: https, scheme: HTTPS}}"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("moves the main listener to 4443"));
    assertThat(
            check(
                "[{containerPort: 10250, name: https}]",
                "args: [--secure-port=10250]",
                "{httpGet: {path: /livez, port: https, scheme: HTTPS}}"))
        .isEmpty();
  }

  @Test
  void aFlagMovesTheDeclaredPortOfTheServerItNamesNotTheOthers() {
    String ports = "[{containerPort: 8080, name: http}, {containerPort: 9000, name: management}]";
    assertThat(
            check(
                ports,
                "args: [start-dev, --http-port=7080]",
                "{httpGet: {path: /health/ready, port: management}}"))
        .as("Keycloak's --http-port leaves its management interface on 9000")
        .isEmpty();
    assertThat(
            check(
                ports,
                "args: [start-dev, --http-port=7080]",
                "{httpGet: {path: /health/ready, port: http}}"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("moves the main listener to 7080"));
    assertThat(
            check(
                "[{containerPort: 9000, name: api}, {containerPort: 9001, name: console}]",
                "args: [server, /data, --address, \":9002\", --console-address, \":9001\"]",
                "{httpGet: {path: /minio/health/live, port: api}}"))
        .as("the console is bound where declared, so --address moved the API")
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("moves the main listener to 9002"));
  }

  @Test
  void aListenVariableAConfigMapHandsThroughEnvFromTellsWhereTheContainerListens() {
    String deployment =
        lines(
            "kind: ConfigMap",
            "apiVersion: v1",
            "metadata: {name: basket-cm}",
            "data: {PORT: \"80\"}",
            "---",
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata: {name: basket}",
            "spec:",
            "  template:",
            "    spec:",
            "      containers:",
            "      - name: basket-api",
            "        envFrom: [{configMapRef: {name: basket-cm}}]",
            "        ports: [{containerPort: 80}]",
            "        readinessProbe: {httpGet: {path: /hc, port: 8080}}");
    assertThat(new ProbePortRule().check(WiringFixture.with("basket.yaml", deployment).model()))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("is none of the ports container 'basket-api' listens on")
                    .contains("PORT=80 (basket.yaml:4)"));
  }

  @Test
  void aContainerDeclaringNoPortIsJudgedByTheMainListenerItsOwnEnvSets() {
    List<Finding> found =
        new ProbePortRule()
            .check(WiringFixture.with("k8s/app.yaml", ServiceTargetPortRuleTest.ENV_ONLY).model());
    assertThat(found)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("container 'balancereader'")
                    .contains("PORT=8081")
                    .contains("it declares no port"));
  }
}
