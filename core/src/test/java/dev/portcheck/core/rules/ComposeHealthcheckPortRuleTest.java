package dev.portcheck.core.rules;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.WiringFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComposeHealthcheckPortRuleTest {
  private static List<Finding> check(String test, String extra) {
    String compose =
        lines(
            "services:",
            "  api:",
            "    build: {context: api}",
            extra,
            "    healthcheck:",
            "      test: " + test);
    return new ComposeHealthcheckPortRule()
        .check(
            WiringFixture.with("docker-compose.yml", compose)
                .and("api/Dockerfile", lines("FROM x", "EXPOSE 8080"))
                .and(".env", "ADMIN=9000\n")
                .model());
  }

  @Test
  void aPortTheServiceDoesNotListenOnIsAWarningNamingTheDockerfile() {
    assertThat(check("[\"CMD\", \"curl\", \"-f\", \"http://localhost:8081/health\"]", ""))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("api/Dockerfile:2"));
    assertThat(check("CMD-SHELL wget -q http://127.0.0.1:9001 || exit 1", "")).hasSize(1);
  }

  @Test
  void silentForExposedPublishedAndInterpolatedListeners() {
    assertThat(check("[\"CMD\", \"curl\", \"http://localhost:8080/\"]", "")).isEmpty();
    assertThat(check("curl localhost:9000", "    ports: [\"${ADMIN:-1}:9000\"]")).isEmpty();
    assertThat(check("curl localhost:9000", "    expose: [\"${ADMIN}\"]")).isEmpty();
    assertThat(check("curl localhost:9000", "    ports: [\"${UNSET}:${UNSET}\"]")).isEmpty();
    assertThat(check("curl other:9999", "")).isEmpty();
  }

  @Test
  void theHostSideOfItsOwnPublishIsNoPortInsideTheContainer() {
    String compose =
        lines(
            "services:",
            "  gateway:",
            "    image: acme/gateway:1",
            "    ports: [\"3101:3100\", \"9000:9000\"]",
            "    healthcheck: {test: wget -q --spider http://localhost:3101/ready}",
            "  other:",
            "    image: acme/other:1",
            "    ports: [\"9001:9000\"]",
            "    healthcheck: {test: wget -q --spider http://localhost:8080/ready}");
    assertThat(
            new ComposeHealthcheckPortRule()
                .check(WiringFixture.with("compose.yaml", compose).model()))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains(
                        "localhost:3101, the host side of its publish 3101:3100 (compose.yaml:4)")
                    .contains("where the publish forwards to 3100")
                    .doesNotContain("listens on"));
  }

  @Test
  void aKafkaToolReachesTheBrokerOnItsListedListenersOnly() {
    String compose =
        lines(
            "services:",
            "  kafka:",
            "    image: bitnami/kafka:3",
            "    ports: [\"9092:9092\"]",
            "    environment:",
            "      - KAFKA_LISTENERS=INTERNAL://0.0.0.0:9092,OUTSIDE://0.0.0.0:9094",
            "    healthcheck:",
            "      test: [\"CMD-SHELL\", \"kafka-topics.sh --list --bootstrap-server"
                + " 127.0.0.1:BROKER\"]");
    assertThat(kafka(compose.replace("BROKER", "9093")))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("dials 127.0.0.1:9093")
                    .contains("9092 (compose.yaml:6)")
                    .contains("as a Kafka broker"));
    assertThat(kafka(compose.replace("BROKER", "9094"))).isEmpty();
    // Without the listener list, the container's other ports are unknown.
    assertThat(kafka(compose.replace("BROKER", "9093").replace("KAFKA_LISTENERS", "KAFKA_X")))
        .isEmpty();
  }

  private static List<Finding> kafka(String compose) {
    return new ComposeHealthcheckPortRule()
        .check(WiringFixture.with("compose.yaml", compose).model());
  }

  @Test
  void silentWhenTheImageExposesNothingItself() {
    String compose =
        lines(
            "services:",
            "  web:",
            "    build: web",
            "    ports: [\"8080:8080\"]",
            "    healthcheck: {test: curl -f http://localhost:80/}");
    assertThat(
            new ComposeHealthcheckPortRule()
                .check(
                    WiringFixture.with("compose.yaml", compose)
                        .and("web/Dockerfile", "FROM nginx\n")
                        .model()))
        .isEmpty();
  }

  @Test
  void extendsBringsTheBaseServicesBuildAndPorts() {
    String base = lines("services:", "  base:", "    build: api", "    ports: [\"9000:9000\"]");
    String compose =
        lines(
            "services:",
            "  api:",
            "    extends: {file: docker-compose.base.yml, service: base}",
            "    healthcheck: {test: curl localhost:9000 && curl localhost:9100}",
            "  lost:",
            "    extends: {file: elsewhere.yml, service: base}",
            "    healthcheck: {test: curl localhost:9100}");
    assertThat(
            new ComposeHealthcheckPortRule()
                .check(
                    WiringFixture.with("docker-compose.yml", compose)
                        .and("docker-compose.base.yml", base)
                        .and("api/Dockerfile", lines("FROM x", "EXPOSE 8080"))
                        .model()))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("localhost:9100").contains("9000"));
  }

  /**
   * A tree without poms: the compose service runs the image of folder master-server, whose Spring
   * application listens on 5679 and, in profile {@code docker}, has its actuator on 5680.
   */
  private static List<Finding> master(String test, String environment) {
    return new ComposeHealthcheckPortRule()
        .check(
            WiringFixture.with(
                    "deploy/docker-compose.yml",
                    lines(
                        "services:",
                        "  master:",
                        "    image: apache/master-server:3.2.0",
                        "    environment: " + environment,
                        "    healthcheck:",
                        "      test: " + test))
                .and(
                    "master-server/src/main/resources/application.yaml",
                    lines(
                        "server:",
                        "  port: 5679",
                        "master:",
                        "  listen-port: 5678",
                        "---",
                        "spring.config.activate.on-profile: docker",
                        "management.server.port: 5680"))
                .model());
  }

  @Test
  void anHttpHealthcheckOfAServiceWhoseImageIsUnknownMeetsItsApplicationsPort() {
    assertThat(master("[\"CMD\", \"curl\", \"http://localhost:1235/actuator/health\"]", "{}"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("dials localhost:1235")
                    .contains(
                        "5679 (master-server/src/main/resources/application.yaml:2) by the"
                            + " application it runs"));
    assertThat(master("[\"CMD\", \"curl\", \"http://localhost:5679/actuator/health\"]", "{}"))
        .isEmpty();
    assertThat(
            master(
                "[\"CMD\", \"curl\", \"http://localhost:5680/actuator/health\"]",
                "{SPRING_PROFILES_ACTIVE: docker}"))
        .isEmpty();
  }

  @Test
  void anotherProtocolOrAVariableThatMayMoveThePortIsNotJudgedByTheApplication() {
    // The RPC port is the application's too, but no setting portcheck reads says so.
    assertThat(master("nc -z localhost 5678", "{}")).isEmpty();
    assertThat(
            master(
                "[\"CMD\", \"curl\", \"http://localhost:1235/actuator/health\"]",
                "{SERVER_PORT: 1235}"))
        .isEmpty();
  }

  @Test
  void aServerPortSetByItsPropertyNameInTheEnvironmentIsWhereTheApplicationListens() {
    for (String env : List.of("      - server.port=9000", "      server.port: 9000")) {
      WiringFixture project =
          WiringFixture.with(
                  "docker-compose.yml",
                  lines(
                      "services:",
                      "  app:",
                      "    build: ./app",
                      "    environment:",
                      env,
                      "    healthcheck:",
                      "      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:9000/health\"]"))
              .and("app/src/main/resources/application.yml", "server:\n  port: 8080\n");
      assertThat(new ComposeHealthcheckPortRule().check(project.model())).isEmpty();
    }
  }

  /**
   * A compose service running {@code example/orders} that health-checks {@code url}, beside a
   * Kubernetes Deployment of the same image declaring 8080 and probing 8081.
   */
  private static List<Finding> checkOrders(String url) {
    WiringFixture project =
        WiringFixture.with(
                "docker-compose.yml",
                lines(
                    "services:",
                    "  orders:",
                    "    image: example/orders:1.0",
                    "    healthcheck:",
                    "      test: [\"CMD\", \"curl\", \"-f\", \"" + url + "\"]"))
            .and(
                "k8s/orders.yaml",
                lines(
                    "apiVersion: apps/v1",
                    "kind: Deployment",
                    "metadata: {name: orders}",
                    "spec:",
                    "  template:",
                    "    spec:",
                    "      containers:",
                    "      - name: orders",
                    "        image: example/orders:1.0",
                    "        ports: [{containerPort: 8080}]",
                    "        livenessProbe: {httpGet: {path: /health, port: 8081}}"));
    return new ComposeHealthcheckPortRule().check(project.model());
  }

  @Test
  void aKubernetesProbePortOfTheSameImageIsOneItServes() {
    assertThat(checkOrders("http://localhost:8081/health")).isEmpty();
    assertThat(checkOrders("http://localhost:9999/")).singleElement();
  }
}
