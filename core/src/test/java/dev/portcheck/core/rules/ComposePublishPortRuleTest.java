package dev.portcheck.core.rules;

import static dev.portcheck.core.findings.FindingAssertions.assertOnlyFindingIn;
import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.WiringFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComposePublishPortRuleTest {
  private static List<Finding> check(String ports) {
    return new ComposePublishPortRule()
        .check(
            WiringFixture.with(
                    "docker-compose.yml", lines("services:", "  gateway:", "    image: g"))
                .and(
                    "docker-compose.dev.yml",
                    lines("services:", "  gateway:", "    build: gateway", "    ports: " + ports))
                .and("gateway/Dockerfile", lines("FROM java", "EXPOSE 4000"))
                .model());
  }

  /**
   * A service built from a Dockerfile that exposes {@code exposed}, whose command binds gunicorn to
   * 8000, and which publishes {@code publish}.
   */
  private static List<Finding> checkGunicorn(String publish, String exposed) {
    return new ComposePublishPortRule()
        .check(
            WiringFixture.with(
                    "docker-compose.yml",
                    lines(
                        "services:",
                        "  web:",
                        "    build: web",
                        "    command: gunicorn -b 0.0.0.0:8000 app:app",
                        "    ports: [\"" + publish + "\"]"))
                .and("web/Dockerfile", lines("FROM python", "EXPOSE " + exposed))
                .model());
  }

  /**
   * A service that builds stage {@code target} of a Dockerfile whose dev stage runs a node dev
   * server on 3000 and whose final stage is nginx on 80, and publishes {@code publish}.
   */
  private static List<Finding> checkTarget(String target, String publish) {
    return new ComposePublishPortRule()
        .check(
            WiringFixture.with(
                    "compose.yaml",
                    lines(
                        "services:",
                        "  web:",
                        "    build:",
                        "      context: web",
                        "      target: " + target,
                        "    ports: [\"" + publish + "\"]"))
                .and(
                    "web/Dockerfile",
                    lines(
                        "FROM node:20 AS dev",
                        "EXPOSE 3000",
                        "CMD [\"npm\", \"run\", \"dev\"]",
                        "FROM node:20 AS build",
                        "RUN npm run build",
                        "FROM nginx:alpine AS Prod",
                        "EXPOSE 80"))
                .model());
  }

  /** A built service that loads {@code envFile} and publishes 8082, its image exposing 8080. */
  private static WiringFixture envFileService(String envFile) {
    return WiringFixture.with(
            "docker-compose.yml",
            lines(
                "services:",
                "  analytics:",
                "    build: ./analytics",
                "    env_file: " + envFile,
                "    ports: [\"8082:8082\"]"))
        .and("analytics/Dockerfile", lines("FROM node:20-alpine", "EXPOSE 8080"));
  }

  private static List<Finding> checkEnvFile(String envFile, boolean written) {
    WiringFixture f = envFileService(envFile);
    return new ComposePublishPortRule()
        .check(written ? f.and(envFile, lines("LOG_LEVEL=debug")).model() : f.model());
  }

  @Test
  void anEnvFileThatWasNotReadMayMoveTheListenerSoThePublishIsNotJudged() {
    assertThat(checkEnvFile("analytics.env", false)).isEmpty();
    assertThat(checkEnvFile("${ENV_FILE}", false)).isEmpty();
    // Read, and setting no port: the image's EXPOSE is where the service listens.
    assertThat(checkEnvFile("analytics.env", true))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("8082"));
  }

  @Test
  void anEnvFileThatWasReadAndSetsNothingLeavesTheListenerKnown() {
    WiringFixture f = envFileService("env/empty.env");
    assertThat(new ComposePublishPortRule().check(f.model())).isEmpty();
    assertThat(new ComposePublishPortRule().check(f.and("env/empty.env", "# nothing\n").model()))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("8082"));
  }

  @Test
  void anEnvFilePathIsInterpolatedWithTheProjectsDotEnvAndDefaults() {
    // ${ENV_FILE:-env/a.env}: compose reads the default when .env does not set ENV_FILE.
    WiringFixture f =
        envFileService("${ENV_FILE:-env/a.env}").and("env/a.env", lines("LOG_LEVEL=debug"));
    assertThat(new ComposePublishPortRule().check(f.model())).singleElement();
    // .env points at a file that was not read, which may set the port: not judged.
    assertThat(new ComposePublishPortRule().check(f.and(".env", "ENV_FILE=env/b.env\n").model()))
        .isEmpty();
  }

  @Test
  void aPublishOfAPortTheImagesOwnHealthcheckDoesNotCallIsAWarningNamingIt() {
    String compose =
        lines("services:", "  order:", "    build: ./order", "    ports: [\"8081:8081\"]");
    String health = "HEALTHCHECK CMD curl -f http://localhost:8080/actuator/health || exit 1";
    assertThat(
            new ComposePublishPortRule()
                .check(
                    WiringFixture.with("docker-compose.yml", compose)
                        .and("order/Dockerfile", lines("FROM eclipse-temurin:17", health))
                        .model()))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("publishes container port 8081")
                    .contains("its image's HEALTHCHECK calls 8080 on itself (order/Dockerfile:2)"));
    assertThat(
            new ComposePublishPortRule()
                .check(
                    WiringFixture.with(
                            "docker-compose.yml", compose.replace("8081:8081", "8081:8080"))
                        .and("order/Dockerfile", lines("FROM eclipse-temurin:17", health))
                        .model()))
        .isEmpty();
  }

  @Test
  void aHealthcheckOfTheActuatorsOwnPortLeavesThePortsTheApplicationServes() {
    // The image checks management.server.port; the application serves HTTP on 8080 too.
    String compose =
        lines("services:", "  order:", "    build: ./order", "    ports: [\"8080:8080\"]");
    assertThat(
            new ComposePublishPortRule()
                .check(
                    WiringFixture.with("docker-compose.yml", compose)
                        .and(
                            "order/Dockerfile",
                            lines(
                                "FROM eclipse-temurin:17",
                                "HEALTHCHECK CMD curl -f http://localhost:8081/actuator/health",
                                "CMD java -jar app.jar"))
                        .and(
                            "order/src/main/resources/application.yml",
                            lines("server.port: 8080", "management.server.port: 8081"))
                        .model()))
        .isEmpty();
  }

  @Test
  void aBuildTargetIsJudgedByThatStagesExpose() {
    assertThat(checkTarget("dev", "3000:3000")).isEmpty();
    assertThat(checkTarget("DEV", "3000:3000")).isEmpty();
    assertOnlyFindingIn("compose.yaml", checkTarget("dev", "8080:80"), "web/Dockerfile:2");
    assertOnlyFindingIn("compose.yaml", checkTarget("prod", "3000:3000"), "web/Dockerfile:7");
  }

  @Test
  void aBuildTargetThatExposesNothingOrNamesNoStageIsNotJudged() {
    // The build stage runs nothing known, and a target of no stage here is no image we know.
    assertThat(checkTarget("build", "9999:9999")).isEmpty();
    assertThat(checkTarget("${TARGET}", "9999:9999")).isEmpty();
    assertThat(checkTarget("test", "9999:9999")).isEmpty();
  }

  @Test
  void aPublishOfNoExposedPortIsAWarningNamingTheDockerfile() {
    assertOnlyFindingIn("docker-compose.dev.yml", check("[\"80:4040\"]"), "gateway/Dockerfile:2");
  }

  @Test
  void silentWhenOnePublishedPortIsExposed() {
    assertThat(check("[\"80:4000\"]")).isEmpty();
    assertThat(check("[\"80:4000\", \"5005:5005\"]")).isEmpty();
  }

  @Test
  void aPublishOfAPortNoListenerListNamesIsAWarningNamingTheList() {
    String compose =
        WiringFixture.lines(
            "services:",
            "  schema-registry:",
            "    image: confluentinc/cp-schema-registry:7.5.0",
            "    ports: [\"8081:8081\", \"8181:8181\", \"9101:9101\"]",
            "    environment:",
            "      SCHEMA_REGISTRY_LISTENERS: http://0.0.0.0:8081",
            "      SCHEMA_REGISTRY_JMX_PORT: 9101");
    List<Finding> found =
        new ComposePublishPortRule()
            .check(WiringFixture.with("docker-compose.yml", compose).model());
    assertThat(found)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("publishes container port 8181")
                    .contains("SCHEMA_REGISTRY_LISTENERS lists its listeners as 8081"));
  }

  @Test
  void aPublishOfAPortTheCommandBindsIsNoFinding() {
    assertThat(checkGunicorn("8000:8000", "5000")).isEmpty();
  }

  @Test
  void aPublishOfTheExposedPortTheCommandMovedAwayFromIsAWarningNamingTheFlag() {
    List<Finding> found = checkGunicorn("5000:5000", "5000");
    assertThat(found)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("publishes container port 5000")
                    .contains("it is told to listen on 8000 (docker-compose.yml:4), not the 5000"));
  }

  @Test
  void aCommandMovesNoPortWhenTheImageExposesSeveral() {
    assertThat(checkGunicorn("5000:5000", "5000 9100")).isEmpty();
  }

  @Test
  void anExposeOfADocumentedImageAtAnotherPortIsAWarning() {
    WiringFixture project =
        WiringFixture.with("docker-compose.yml", "")
            .and(".env", "PG_PORT=5433\n")
            .and(
                "docker-compose.yml",
                lines(
                    "services:",
                    "  db:",
                    "    image: postgres:16",
                    "    expose:",
                    "      - ${PG_PORT}"));
    assertThat(new ComposePublishPortRule().check(project.model()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(5);
              assertThat(f.message()).contains("exposes 5433").contains("5432");
            });
    // A variable that sets the port moves the image: nothing to say.
    assertThat(
            new ComposePublishPortRule()
                .check(
                    WiringFixture.with(
                            "docker-compose.yml",
                            lines(
                                "services:",
                                "  db:",
                                "    image: postgres:16",
                                "    environment: {PGPORT: \"5433\"}",
                                "    expose: [\"5433\"]"))
                        .model()))
        .isEmpty();
  }

  /**
   * RabbitMQ publishing 5673, with {@code volumes}; and nginx publishing 8080 beside a Kubernetes
   * pod that declares nginx's port 80.
   */
  private static List<Finding> checkMounted(String... volumes) {
    String mounts = volumes.length == 0 ? "" : lines("    volumes:") + lines(volumes);
    return new ComposePublishPortRule()
        .check(
            WiringFixture.with(
                    "docker-compose.yml",
                    lines(
                            "services:",
                            "  mq:",
                            "    image: rabbitmq:3",
                            "    ports: [\"5673:5673\"]")
                        + mounts
                        + lines("  web:", "    image: nginx:1.25", "    ports: [\"8080:8080\"]")
                        + mounts)
                .and(
                    "k8s/web.yaml",
                    lines(
                        "apiVersion: v1",
                        "kind: Pod",
                        "metadata: {name: web}",
                        "spec:",
                        "  containers:",
                        "  - name: web",
                        "    image: nginx:1.25",
                        "    ports: [{containerPort: 80}]"))
                .model());
  }

  @Test
  void aConfigurationMountedOverTheImagesLeavesItsPortsUnknown() {
    assertThat(checkMounted()).hasSize(2);
    assertThat(checkMounted("      - ./server.conf:/etc/rabbitmq/rabbitmq.conf:ro")).isEmpty();
    assertThat(checkMounted("      - conf:/etc/nginx/conf.d")).isEmpty();
    assertThat(
            checkMounted(
                "      - type: bind", "        source: ./site.conf", "        target: /site.conf"))
        .isEmpty();
    // The clock, certificates and content configure no listener.
    assertThat(
            checkMounted(
                "      - /etc/localtime:/etc/localtime:ro",
                "      - ./certs:/etc/nginx/certs",
                "      - ./html:/usr/share/nginx/html"))
        .hasSize(2);
  }

  private static List<Finding> checkCommand(String command) {
    return new ComposePublishPortRule()
        .check(
            WiringFixture.with(
                    "docker-compose.yml",
                    lines(
                        "services:",
                        "  rest:",
                        "    image: postgrest/postgrest:v12.2.12",
                        "    command: " + command,
                        "    ports: [\"3001:3001\"]"))
                .model());
  }

  @Test
  void aCommandThatRunsTheProgramTheImageIsNamedAfterKeepsItsPorts() {
    assertThat(checkCommand("[\"postgrest\"]")).singleElement();
    // A shell that runs it runs it too; a script that sets its environment first may move it.
    assertThat(checkCommand("[\"sh\", \"-c\", \"exec postgrest\"]")).singleElement();
    assertThat(checkCommand("[\"sh\", \"-c\", \"PGRST_SERVER_PORT=3001 postgrest\"]")).isEmpty();
    assertThat(checkCommand("[\"sh\", \"-c\", \"./start.sh\"]")).isEmpty();
  }

  @Test
  void aMainListenVariableMovesTheBuiltImagesOneExposedPort() {
    String compose =
        lines(
            "services:",
            "  catalog:",
            "    build: catalog",
            "    environment:",
            "      - ASPNETCORE_URLS=http://0.0.0.0:5101",
            "    ports: [\"5101:80\"]");
    List<Finding> found =
        new ComposePublishPortRule()
            .check(
                WiringFixture.with("docker-compose.yml", compose)
                    .and(
                        "catalog/Dockerfile",
                        lines("FROM mcr.microsoft.com/dotnet/aspnet:6.0", "EXPOSE 80"))
                    .model());
    assertThat(found)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("publishes container port 80")
                    .contains("it is told to listen on 5101 (docker-compose.yml:5)"));
    // A variable of a client (DB_PORT) moves nothing.
    assertThat(
            new ComposePublishPortRule()
                .check(
                    WiringFixture.with(
                            "docker-compose.yml",
                            compose.replace("ASPNETCORE_URLS=http://0.0.0.0:5101", "DB_PORT=5101"))
                        .and("catalog/Dockerfile", lines("FROM python", "EXPOSE 80"))
                        .model()))
        .isEmpty();
  }

  /**
   * A .NET service whose image exposes the template's 80 and 443, told to listen by {@code env}.
   */
  private static List<Finding> checkAspNet(String env, String publish) {
    return new ComposePublishPortRule()
        .check(
            WiringFixture.with(
                    "docker-compose.yml",
                    lines(
                        "services:",
                        "  web:",
                        "    build: web",
                        "    environment:",
                        "      - " + env,
                        "    ports: [\"" + publish + "\"]"))
                .and(
                    "web/Dockerfile",
                    lines("FROM mcr.microsoft.com/dotnet/aspnet:6.0", "EXPOSE 80", "EXPOSE 443"))
                .model());
  }

  @Test
  void aListOfEveryListenAddressMovesEachExposedPortItLeavesOut() {
    assertThat(checkAspNet("ASPNETCORE_URLS=http://+:5002", "5002:80"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("publishes container port 80")
                    .contains("it is told to listen on 5002"));
    assertThat(checkAspNet("ASPNETCORE_URLS=http://+:80", "5002:80")).isEmpty();
    // Listing 80, it says nothing of 443: the application's code may add that endpoint.
    assertThat(checkAspNet("ASPNETCORE_URLS=http://+:80", "443:443")).isEmpty();
    assertThat(checkAspNet("Kestrel__Endpoints__Http__Url=http://0.0.0.0:5002", "5002:80"))
        .singleElement();
    // PORT sets one port, not every one: which of two EXPOSEs it moved is unknown.
    assertThat(checkAspNet("PORT=5002", "5002:80")).isEmpty();
  }

  private static List<Finding> checkKafka(String publish) {
    return new ComposePublishPortRule()
        .check(
            WiringFixture.with(
                    "docker-compose.yml",
                    lines(
                        "services:",
                        "  broker:",
                        "    image: confluentinc/cp-kafka:7.3.0",
                        "    ports: [\"" + publish + "\"]",
                        "    environment:",
                        "      KAFKA_LISTENERS: PLAINTEXT://broker:29092,"
                            + "CONTROLLER://broker:29093,PLAINTEXT_HOST://0.0.0.0:9093",
                        "      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://broker:29092,"
                            + "PLAINTEXT_HOST://localhost:9092"))
                .model());
  }

  @Test
  void aPortTheBrokerAdvertisesButNoListenerBindsIsPublishedInVain() {
    assertThat(checkKafka("9092:9092"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("publishes container port 9092")
                    .contains("its Kafka broker advertises 9092 to its clients")
                    .contains("its listeners bind 29092"));
    assertThat(checkKafka("9092:9093")).isEmpty();
    // A port the broker does not advertise may be its JVM's (a JMX exporter agent's).
    assertThat(checkKafka("11001:11001")).isEmpty();
  }

  @Test
  void aMountedConfigurationMovesNoPortOfAnImageOnlyFlagsMove() {
    String compose =
        lines(
            "services:",
            "  prometheus:",
            "    image: prom/prometheus:v2.53.0",
            "    volumes:",
            "      - ./prometheus.yml:/etc/prometheus/prometheus.yml",
            "    ports: [\"9091:9091\"]");
    assertThat(
            new ComposePublishPortRule()
                .check(WiringFixture.with("docker-compose.yml", compose).model()))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("9090"));
    // Its flag does move it.
    assertThat(
            new ComposePublishPortRule()
                .check(
                    WiringFixture.with(
                            "docker-compose.yml",
                            compose + lines("    command: [\"--web.listen-address=:9091\"]"))
                        .model()))
        .isEmpty();
  }

  private static List<Finding> checkNginx(String publish, String mountTarget) {
    return new ComposePublishPortRule()
        .check(
            WiringFixture.with(
                    "docker-compose.yml",
                    lines(
                        "services:",
                        "  web:",
                        "    image: nginx:1.25",
                        "    ports: [\"" + publish + "\"]",
                        "    volumes: [\"./site.conf:" + mountTarget + "\"]"))
                .and("site.conf", lines("server {", "  listen 8080;", "  root /srv;", "}"))
                .model());
  }

  @Test
  void anNginxWhoseConfigurationNamesEveryListenerIsJudgedByIt() {
    assertThat(checkNginx("80:80", "/etc/nginx/conf.d/default.conf"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("8080"));
    assertThat(checkNginx("80:8080", "/etc/nginx/conf.d/default.conf")).isEmpty();
    // Beside the image's own default.conf, which listens on 80: its listeners are not all known.
    assertThat(checkNginx("9000:9000", "/etc/nginx/conf.d/site.conf")).isEmpty();
  }

  @Test
  void aPortVariableOfTheServiceHoldingThePublishedPortMayMoveItsServer() {
    java.util.function.Function<String, List<Finding>> check =
        variable ->
            new ComposePublishPortRule()
                .check(
                    WiringFixture.with(
                            "docker-compose.yml",
                            lines(
                                "services:",
                                "  server:",
                                "    build: server",
                                "    ports: [\"2285:2285\"]",
                                "    environment:",
                                "      " + variable))
                        .and("server/Dockerfile", lines("FROM node", "EXPOSE 2283"))
                        .model());
    // immich's own IMMICH_PORT moves its server to the port published.
    assertThat(check.apply("IMMICH_PORT: 2285")).isEmpty();
    assertThat(check.apply("IMMICH_PORT: 2283")).hasSize(1);
    assertThat(check.apply("LOG_LEVEL: '2285'")).hasSize(1);
  }
}
