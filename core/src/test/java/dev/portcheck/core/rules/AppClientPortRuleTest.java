package dev.portcheck.core.rules;

import static dev.portcheck.core.findings.FindingAssertions.assertOnlyFindingIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppClientPortRuleTest {
  private static List<Finding> check(String uri) {
    return new AppClientPortRule()
        .check(
            AppListenPortRuleTest.project()
                .and(
                    "src/main/resources/bootstrap.yml",
                    "spring:\n  cloud:\n    config:\n      uri: " + uri + "\n")
                .model());
  }

  @Test
  void aUrlAtAPortTheTargetDoesNotListenOnIsAWarning() {
    assertOnlyFindingIn(
        "src/main/resources/bootstrap.yml", check("http://config:8887"), "config/Dockerfile:2");
  }

  @Test
  void aSpringPlaceholderTakesTheServicesVariableElseItsDefault() {
    assertThat(check("http://${CONFIG_HOST:config}:8887"))
        .singleElement()
        .satisfies(f -> assertThat(f.column()).isEqualTo(12));
    assertThat(check("http://${CONFIG_HOST:config}:8888")).isEmpty();
    assertThat(check("http://${CONFIG_HOST}:8887")).isEmpty();
    List<Finding> set =
        new AppClientPortRule()
            .check(
                dev.portcheck.core.wiring.WiringFixture.with(
                        "docker-compose.yml",
                        dev.portcheck.core.wiring.WiringFixture.lines(
                            "services:",
                            "  app:",
                            "    build: .",
                            "    environment: [CONFIG_HOST=gateway]",
                            "  gateway:",
                            "    build: gateway",
                            "  config:",
                            "    build: config"))
                    .and("config/Dockerfile", "FROM java\nEXPOSE 8888\n")
                    .and("gateway/Dockerfile", "FROM java\nEXPOSE 4000\n")
                    .and(
                        "src/main/resources/bootstrap.yml",
                        "spring:\n  cloud:\n    config:\n      uri: http://${config.host:config}:8888\n")
                    .model());
    assertThat(set)
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("dials gateway:8888"));
  }

  @Test
  void aConfigFileMountedIntoAServiceHoldsThatServicesClients() {
    String compose =
        dev.portcheck.core.wiring.WiringFixture.lines(
            "services:",
            "  prometheus:",
            "    image: prom/prometheus",
            "    volumes:",
            "      - ./prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro",
            "      - type: bind",
            "        source: ./grafana",
            "        target: /etc/grafana/provisioning",
            "      - data:/prometheus",
            "  app:",
            "    build: app",
            "    expose: [\"8080\"]",
            "  dev:",
            "    image: node",
            "    volumes: [\"./:/src\"]");
    List<Finding> found =
        new AppClientPortRule()
            .check(
                dev.portcheck.core.wiring.WiringFixture.with("docker-compose.yml", compose)
                    .and("app/Dockerfile", "FROM java\nEXPOSE 8080\n")
                    .and(
                        "prometheus/prometheus.yml",
                        "scrape_configs:\n  - job_name: app\n    static_configs:\n"
                            + "      - targets: ['app:8081', 'app:8080']\n")
                    .and(
                        "grafana/datasources/all.yml",
                        "apiVersion: 1\ndatasources:\n  - url: http://app:9090\n")
                    .and("notes/other.yml", "target: app:8082\n")
                    .model());
    assertThat(found)
        .extracting(Finding::file, Finding::port)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("prometheus/prometheus.yml", 8081),
            org.assertj.core.groups.Tuple.tuple("grafana/datasources/all.yml", 9090));
  }

  @Test
  void aMountWhosePathAVariableNamesTakesTheProjectsEnv() {
    List<Finding> found =
        new AppClientPortRule()
            .check(
                dev.portcheck.core.wiring.WiringFixture.with(
                        "docker-compose.yml",
                        dev.portcheck.core.wiring.WiringFixture.lines(
                            "services:",
                            "  collector:",
                            "    image: otel/opentelemetry-collector-contrib",
                            "    volumes: [\"${COLLECTOR_CONFIG}:/etc/otelcol-config.yml\"]",
                            "  prometheus:",
                            "    image: prom/prometheus"))
                    .and(".env", "COLLECTOR_CONFIG=./otel/config.yml\n")
                    .and(
                        "otel/config.yml",
                        "exporters:\n  otlphttp/prometheus:\n    endpoint: http://prometheus:9091/api/v1/otlp\n")
                    .model());
    assertThat(found)
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("prometheus:9091").contains("9090"));
  }

  @Test
  void aServiceJudgedOnlyByItsOwnDefinitionIsNoEvidenceAgainstAnApplicationsFile() {
    List<Finding> found =
        new AppClientPortRule()
            .check(
                dev.portcheck.core.wiring.WiringFixture.with(
                        "docker-compose.yml",
                        dev.portcheck.core.wiring.WiringFixture.lines(
                            "services:",
                            "  registry:",
                            "    image: example/registry:1",
                            "    ports: [\"8086:8086\"]",
                            "    healthcheck:",
                            "      test: curl -f http://localhost:8086/health",
                            "  prometheus:",
                            "    image: prom/prometheus",
                            "    volumes: [\"./prometheus.yml:/etc/prometheus/prometheus.yml\"]"))
                    .and(
                        "prometheus.yml",
                        "scrape_configs:\n  - job_name: r\n    static_configs:\n"
                            + "      - targets: ['registry:8080', 'registry:8087']\n")
                    .model());
    // 8087 is the host side of no publish: unknown; an application's file may run elsewhere.
    assertThat(found).isEmpty();
  }

  @Test
  void aScrapeTargetBesideTheOnePortADockerfileExposesMayBeAMetricsServer() {
    java.util.function.Function<String, List<Finding>> scrape =
        service ->
            new AppClientPortRule()
                .check(
                    dev.portcheck.core.wiring.WiringFixture.with(
                            "docker-compose.yml",
                            dev.portcheck.core.wiring.WiringFixture.lines(
                                "services:",
                                "  prometheus:",
                                "    image: prom/prometheus",
                                "    volumes: [\"./prometheus.yml:/etc/prometheus/prometheus.yml\"]",
                                "  server:",
                                service))
                        .and("server/Dockerfile", "FROM node\nEXPOSE 2283\n")
                        .and(
                            "prometheus.yml",
                            "scrape_configs:\n  - job_name: api\n    static_configs:\n"
                                + "      - targets: ['server:8081']\n")
                        .model());
    // immich serves its metrics on 8081 beside the 2283 its Dockerfile exposes.
    assertThat(scrape.apply("    build: server")).isEmpty();
    // A documented image says where all its servers listen.
    assertThat(scrape.apply("    image: postgres:16")).hasSize(1);
  }

  @Test
  void aScrapeTargetOfAServiceKnownOnlyByTheApplicationItRunsIsJudgedByItsHttpPorts() {
    // dispatcher runs the image built by buildpacks from dispatcher/: no EXPOSE, no expose.
    String compose =
        dev.portcheck.core.wiring.WiringFixture.lines(
            "services:",
            "  dispatcher:",
            "    image: dispatcher",
            "    ports: [\"9003:9003\"]",
            "  prometheus:",
            "    image: prom/prometheus",
            "    volumes: [\"./prometheus.yml:/etc/prometheus/prometheus.yml\"]");
    List<Finding> found =
        new AppClientPortRule()
            .check(
                dev.portcheck.core.wiring.WiringFixture.with("docker-compose.yml", compose)
                    .and("dispatcher/src/main/resources/application.yml", "server.port: 9003\n")
                    .and(
                        "prometheus.yml",
                        "scrape_configs:\n  - static_configs:\n"
                            + "      - targets: ['dispatcher:9002', 'dispatcher:9003']\n")
                    .model());
    assertThat(found)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("dials dispatcher:9002")
                    .contains(
                        "serves HTTP on 9003 (dispatcher/src/main/resources/application.yml:1)"));
  }

  private static List<Finding> hostRun(String bootstrap, String compose) {
    return new AppClientPortRule()
        .check(
            dev.portcheck.core.wiring.WiringFixture.with("docker-compose.yml", compose)
                .and(
                    "feed/src/main/resources/application.properties",
                    "kafka.bootstrap.servers=" + bootstrap + "\n")
                .model());
  }

  private static final String BROKER =
      dev.portcheck.core.wiring.WiringFixture.lines(
          "services:",
          "  broker:",
          "    image: confluentinc/cp-kafka:7.3.0",
          "    ports: [\"9092:9092\"]",
          "    environment:",
          "      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://localhost:9092,INTERNAL://broker:29092");

  @Test
  void anApplicationOnTheHostDialsOnlyWhatTheComposeProjectPublishes() {
    assertThat(hostRun("localhost:29092", BROKER))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("feed/src/main/resources/application.properties");
              assertThat(f.column()).as("where the address starts").isEqualTo(25);
              assertThat(f.message())
                  .contains("dials localhost:29092 from the host")
                  .contains("service 'broker' listens on 29092 inside its network only")
                  .contains("publishes 9092 (docker-compose.yml:4)");
            });
    assertThat(hostRun("localhost:9092", BROKER)).as("the published port").isEmpty();
    assertThat(hostRun("localhost:7000", BROKER)).as("no service listens there").isEmpty();
    assertThat(
            hostRun(
                "localhost:29092",
                BROKER.replace("9092:9092", "19092:29092").replace(",INTERNAL", ",X")))
        .as("its 29092 is published, under another host port")
        .isEmpty();
    assertThat(hostRun("localhost:29092", BROKER.replace("    ports: [\"9092:9092\"]\n", "")))
        .as("a service that publishes nothing is not meant for the host")
        .isEmpty();
    assertThat(hostRun("localhost:29092", BROKER.replace("9092:9092", "${BROKER_PORTS}")))
        .as("a publish that is not known may be 29092")
        .isEmpty();
    assertThat(hostRun("localhost:29092", BROKER + "    network_mode: host\n"))
        .as("a service on the host's network listens on the host")
        .isEmpty();
    String run =
        BROKER
            + dev.portcheck.core.wiring.WiringFixture.lines(
                "  feed:", "    build: ./feed", "    environment: [X=1]");
    assertThat(hostRun("localhost:29092", run))
        .as("a container runs the application: its localhost is its own")
        .isEmpty();
  }

  @Test
  void silentForListeningPortsAndUnknownHosts() {
    assertThat(check("http://config:8888")).isEmpty();
    assertThat(check("http://elsewhere:8887")).isEmpty();
  }

  @Test
  void everyProfileIsReadAndEachWrongValueReportedOnce() {
    List<Finding> found =
        new AppClientPortRule()
            .check(
                AppListenPortRuleTest.project()
                    .and(
                        "src/main/resources/application.yml",
                        dev.portcheck.core.wiring.WiringFixture.lines(
                            "spring.cloud.config.uri: http://config:8888",
                            "---",
                            "spring.config.activate.on-profile: docker",
                            "spring.cloud.config.uri: http://config:8887",
                            "---",
                            "spring.config.activate.on-profile: local",
                            "spring.cloud.config.uri: http://config:8887"))
                    .and(
                        "src/main/resources/application-prod.yml",
                        "spring.cloud.config.uri: http://config:8889\n")
                    .model());
    assertThat(found)
        .extracting(Finding::file, Finding::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("src/main/resources/application.yml", 4),
            org.assertj.core.groups.Tuple.tuple("src/main/resources/application-prod.yml", 1));
  }

  /** The module's app, built here and run with {@code environment}, dials db at these places. */
  private static List<Finding> profiles(String environment, String dockerfile) {
    return new AppClientPortRule()
        .check(
            dev.portcheck.core.wiring.WiringFixture.with(
                    "docker-compose.yml",
                    dev.portcheck.core.wiring.WiringFixture.lines(
                        "services:",
                        "  db:",
                        "    image: postgres:16",
                        "  app:",
                        "    build: .",
                        "    environment: " + environment))
                .and("Dockerfile", dockerfile)
                .and(
                    "src/main/resources/application.yml",
                    "spring.datasource.url: jdbc:postgresql://db:5433/shop\n")
                .and(
                    "src/main/resources/application-docker.yml",
                    "spring.datasource.url: jdbc:postgresql://db:5434/shop\n")
                .and(
                    "src/main/resources/application-dev.yml",
                    "spring.datasource.url: jdbc:postgresql://db:5435/shop\n")
                .model());
  }

  @Test
  void aServiceThatNamesItsProfilesReadsOnlyThoseProfilesSettings() {
    // docker is active: its value replaces the default's, and dev's is never read.
    assertThat(profiles("{SPRING_PROFILES_ACTIVE: docker}", "FROM java\nEXPOSE 8080\n"))
        .extracting(Finding::file, Finding::port)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("src/main/resources/application-docker.yml", 5434));
  }

  @Test
  void whereSomethingElseMayChooseTheProfilesEveryValueIsSomeProfilesAndJudged() {
    String chooses = "FROM java\nENV SPRING_PROFILES_ACTIVE=dev\nEXPOSE 8080\n";
    assertThat(profiles("{SPRING_PROFILES_ACTIVE: docker}", chooses)).hasSize(3);
    assertThat(profiles("{LOG_LEVEL: info}", "FROM java\nEXPOSE 8080\n")).hasSize(3);
  }

  @Test
  void aLaunchOpenOnlyByVariablesTheServiceDoesNotSetRunsAsWritten() {
    String opts =
        "FROM java\nEXPOSE 8080\nENTRYPOINT [\"sh\", \"-c\", \"java $JAVA_OPTS -jar /app.jar\"]\n";
    assertThat(profiles("{SPRING_PROFILES_ACTIVE: docker}", opts))
        .as("JAVA_OPTS is unset: the profiles are the service's")
        .hasSize(1);
    assertThat(profiles("{SPRING_PROFILES_ACTIVE: docker, JAVA_OPTS: -Xmx1g}", opts))
        .as("JAVA_OPTS may name other profiles")
        .hasSize(3);
    assertThat(
            profiles(
                "{SPRING_PROFILES_ACTIVE: docker}",
                "FROM java\nEXPOSE 8080\nCMD java $JAVA_OPTS -jar /app.jar \"$@\"\n"))
        .as("$@ hands the container's arguments on")
        .hasSize(3);
  }
}
