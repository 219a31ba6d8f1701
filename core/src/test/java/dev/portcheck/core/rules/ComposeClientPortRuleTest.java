package dev.portcheck.core.rules;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.WiringFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComposeClientPortRuleTest {
  private static List<Finding> check(String address) {
    String compose =
        lines(
            "services:",
            "  db:",
            "    image: postgres",
            "    ports: [\"5433:5432\"]",
            "  api:",
            "    build: api",
            "    networks: {default: {aliases: [backend]}}",
            "  web:",
            "    image: web",
            "    environment:",
            "      - DB_URL=" + address);
    return new ComposeClientPortRule()
        .check(
            WiringFixture.with("docker-compose.yml", compose)
                .and("api/Dockerfile", lines("FROM x", "EXPOSE 8080"))
                .model());
  }

  /** A service of an image nothing documents, with {@code expose}, and a client of it. */
  private static List<Finding> checkExposed(String expose, String address) {
    return new ComposeClientPortRule()
        .check(
            WiringFixture.with(
                    "docker-compose.yml",
                    lines(
                        "services:",
                        "  server:",
                        "    image: example/server:1",
                        expose,
                        "  client:",
                        "    image: example/client:1",
                        "    environment:",
                        "      - BASE_URL=" + address))
                .model());
  }

  @Test
  void aServiceThatDeclaresItsPortsByExposeIsJudgedByThem() {
    assertThat(checkExposed("    expose: [\"8000\"]", "http://server:8001"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("server:8001").contains("8000"));
    assertThat(checkExposed("    expose: [\"8000\"]", "http://server:8000")).isEmpty();
    // Nothing declared: an image nothing documents may listen anywhere.
    assertThat(checkExposed("    restart: always", "http://server:8001")).isEmpty();
  }

  /** A Meilisearch service (documented: 7700) with {@code environment}, and a client of it. */
  private static List<Finding> checkSearch(String environment, String address) {
    return new ComposeClientPortRule()
        .check(
            WiringFixture.with(
                    "docker-compose.yml",
                    lines(
                        "services:",
                        "  search:",
                        "    image: getmeili/meilisearch:v1.7",
                        "    environment: " + environment,
                        "  api:",
                        "    image: example/api:1",
                        "    environment:",
                        "      - SEARCH_URL=" + address))
                .model());
  }

  @Test
  void aDocumentedImageListensWhereItsDockerfileExposesUntilAnAddressVariableMovesIt() {
    assertThat(checkSearch("{MEILI_ENV: development}", "http://search:7701"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("7700"));
    assertThat(checkSearch("{MEILI_ENV: development}", "http://search:7700")).isEmpty();
    assertThat(checkSearch("{MEILI_HTTP_ADDR: \"0.0.0.0:7701\"}", "http://search:7701")).isEmpty();
  }

  @Test
  void aContainerPortOnlyItsPublishNamesIsPrescribedToNobody() {
    List<Finding> found =
        new ComposeClientPortRule()
            .check(
                WiringFixture.with(
                        "docker-compose.yml",
                        lines(
                            "services:",
                            "  nacos:",
                            "    image: acme/nacos:2",
                            "    ports: [\"8848:8849\"]",
                            "  prometheus:",
                            "    image: acme/scraper:1",
                            "    environment: {TARGET: \"nacos:8848\"}"))
                    .model());
    assertThat(found)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("to its container port 8849, which nothing else says it listens on")
                    .contains("the publish or this address names the wrong port")
                    .doesNotContain("use its container port"));
  }

  @Test
  void thePublishedHostPortNamesTheContainerPort() {
    assertThat(check("jdbc:postgresql://db:5433/app"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("container port 5432")
                    .contains("docker-compose.yml:4"));
  }

  @Test
  void aServiceOfAnotherFileOfTheFolderIsDialedOnTheSharedNetwork() {
    // docker-compose-env.yml runs the middleware, docker-compose-app.yml the applications: one
    // project name (the folder's), so one network.
    List<Finding> found =
        new ComposeClientPortRule()
            .check(
                WiringFixture.with(
                        "deploy/docker-compose-env.yml",
                        lines("services:", "  mysql:", "    image: mysql:8"))
                    .and(
                        "deploy/docker-compose-app.yml",
                        lines(
                            "services:",
                            "  admin:",
                            "    image: acme/admin:1",
                            "    environment:",
                            "      DB_URL: jdbc:mysql://mysql:3307/mall"))
                    .model());
    assertThat(found)
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("mysql:3307").contains("3306"));
  }

  @Test
  void aLinkAliasAndAnExternalLinkNameTheServiceTheyLinkTo() {
    List<Finding> found =
        new ComposeClientPortRule()
            .check(
                WiringFixture.with(
                        "env/docker-compose.yml",
                        lines(
                            "services:",
                            "  mongo:",
                            "    image: mongo:7",
                            "    container_name: mongo-main"))
                    .and(
                        "app/docker-compose.yml",
                        lines(
                            "services:",
                            "  redis:",
                            "    image: redis:7",
                            "  server:",
                            "    image: acme/server:1",
                            "    links: [\"redis:rs\"]",
                            "    external_links: [\"mongo-main:db\"]",
                            "    environment:",
                            "      REDIS_HOSTS: rs:6380",
                            "      MONGO_URI: mongodb://db:27018/app"))
                    .model());
    assertThat(found)
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("rs:6380").contains("6379"))
        .anySatisfy(m -> assertThat(m).contains("db:27018").contains("27017"));
  }

  @Test
  void aClientOfAServerThatListsItsListenersReachesItOnThemOnly() {
    String compose =
        lines(
            "services:",
            "  ksqldb-server:",
            "    image: confluentinc/cp-ksqldb-server:7.5.0",
            "    ports: [\"8088:8088\"]",
            "    environment:",
            "      KSQL_LISTENERS: http://0.0.0.0:8089",
            "  control-center:",
            "    image: confluentinc/cp-enterprise-control-center:7.5.0",
            "    environment:",
            "      CONTROL_CENTER_KSQL_KSQLDB1_URL: http://ksqldb-server:8088",
            "      OTHER_URL: http://ksqldb-server:8088",
            "      CONTROL_CENTER_KSQL_KSQLDB1_ADVERTISED_URL: http://ksqldb-server:8089");
    List<Finding> found =
        new ComposeClientPortRule().check(WiringFixture.with("compose.yaml", compose).model());
    assertThat(found)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith("'CONTROL_CENTER_KSQL_KSQLDB1_URL' dials ksqldb-server:8088")
                    .contains("listens on 8089 (compose.yaml:6)"));
  }

  @Test
  void aPortTheTargetsOwnHealthcheckCallsIsOneClientsMayCountOn() {
    // The publish's container side is the slip here (duplicate host ports tell it elsewhere).
    String compose =
        lines(
            "services:",
            "  engine:",
            "    image: example/engine:1",
            "    environment:",
            "      AGENT_URL: http://agent:8080",
            "  agent:",
            "    image: example/agent:1",
            "    ports: [\"8080:8081\"]",
            "    healthcheck: {test: curl -f http://localhost:8080/health}");
    assertThat(
            new ComposeClientPortRule().check(WiringFixture.with("compose.yaml", compose).model()))
        .isEmpty();
    assertThat(
            new ComposeHealthcheckPortRule()
                .check(WiringFixture.with("compose.yaml", compose).model()))
        .isEmpty();
  }

  @Test
  void alternativeFilesThatDefineTheSameServicesDoNotSeeEachOther() {
    List<Finding> found =
        new ComposeClientPortRule()
            .check(
                WiringFixture.with(
                        "deploy/docker-compose-mysql.yml",
                        lines(
                            "services:",
                            "  db:",
                            "    image: mysql:8",
                            "  app:",
                            "    image: acme/app:1"))
                    .and(
                        "deploy/docker-compose-postgres.yml",
                        lines(
                            "services:",
                            "  pg:",
                            "    image: postgres:16",
                            "  app:",
                            "    image: acme/app:1",
                            "    environment:",
                            "      DB_ADDR: db:5432"))
                    .model());
    assertThat(found).isEmpty();
  }

  @Test
  void aVariablePassedThroughFromTheEnvFileIsDialedAndNamesItsDefinition() {
    String compose =
        lines(
            "services:",
            "  api:",
            "    build: api",
            "  web:",
            "    image: web",
            "    environment:",
            "      - API_ADDR",
            "  worker:",
            "    image: worker",
            "    environment:",
            "      API_URL:",
            "      UNSET_ADDR:");
    List<Finding> found =
        new ComposeClientPortRule()
            .check(
                WiringFixture.with("docker-compose.yml", compose)
                    .and(".env", lines("API_ADDR=api:8081", "API_URL=http://api:8082/x"))
                    .and("api/Dockerfile", lines("FROM x", "EXPOSE 8080"))
                    .model());
    assertThat(found)
        .extracting(Finding::line, Finding::port)
        .containsExactlyInAnyOrder(tuple(7, 8081), tuple(11, 8082));
    assertThat(found).allSatisfy(f -> assertThat(f.message()).contains(" at .env:"));
  }

  @Test
  void aPortTheTargetImageDoesNotExposeIsAWarning() {
    assertThat(check("http://backend:8081"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("api/Dockerfile:2"));
  }

  @Test
  void aCommandThatBindsAnotherPortThanTheImageExposesWinsOverTheExpose() {
    String compose =
        lines(
            "services:",
            "  web:",
            "    build: web",
            "    command: gunicorn -b 0.0.0.0:8000 app:app",
            "  client:",
            "    image: client",
            "    environment:",
            "      GOOD: http://web:8000/",
            "      BAD: http://web:5000/");
    assertThat(
            new ComposeClientPortRule()
                .check(
                    WiringFixture.with("docker-compose.yml", compose)
                        .and("web/Dockerfile", lines("FROM python", "EXPOSE 5000"))
                        .model()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(9);
              assertThat(f.message()).contains("web:5000").contains("8000");
            });
  }

  @Test
  void envFilesAreTheEnvironmentOfTheServicesThatLoadThem() {
    String compose =
        lines(
            "services:",
            "  cache:",
            "    image: redis:7",
            "  app:",
            "    image: app",
            "    env_file: app.env",
            "  worker:",
            "    image: worker",
            "    env_file:",
            "      - path: ./env/worker.env",
            "        required: false",
            "  other:",
            "    image: other",
            "    env_file: [app.env]");
    List<Finding> found =
        new ComposeClientPortRule()
            .check(
                WiringFixture.with("docker-compose.yml", compose)
                    .and("app.env", lines("# the cache", "REDIS_URL=redis://cache:6380"))
                    .and("env/worker.env", lines("CACHE_HOST=cache", "CACHE_PORT=6381"))
                    .and("unused.env", lines("X_URL=redis://cache:1"))
                    .model());
    assertThat(found)
        .extracting(f -> f.file() + ":" + f.line())
        .containsExactlyInAnyOrder("app.env:2", "env/worker.env:2");
    assertThat(found).allSatisfy(f -> assertThat(f.message()).contains("6379"));
  }

  @Test
  void aServicesOwnEnvironmentWinsOverItsEnvFile() {
    String compose =
        lines(
            "services:",
            "  cache:",
            "    image: redis:7",
            "  app:",
            "    image: app",
            "    env_file: app.env",
            "    environment:",
            "      REDIS_URL: redis://cache:6379");
    assertThat(
            new ComposeClientPortRule()
                .check(
                    WiringFixture.with("docker-compose.yml", compose)
                        .and("app.env", lines("REDIS_URL=redis://cache:6380"))
                        .model()))
        .isEmpty();
  }

  @Test
  void silentForContainerPortsAndUnknownTargets() {
    assertThat(check("jdbc:postgresql://db:5432/app")).isEmpty();
    assertThat(check("http://api:8080")).isEmpty();
    assertThat(check("http://example.com:1")).isEmpty();
  }

  @Test
  void anOfficialImageListensOnItsDocumentedPorts() {
    String compose =
        lines(
            "services:",
            "  cache: {image: 'redis:7-alpine'}",
            "  custom: {image: redis, command: redis-server --port 6380}",
            "  web:",
            "    image: web",
            "    environment: {A: 'cache:6380', B: 'custom:6380', C: 'cache:6379'}");
    assertThat(
            new ComposeClientPortRule().check(WiringFixture.with("compose.yaml", compose).model()))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("cache:6380").contains("6379"));
    assertThat(check("http://example.com:1")).isEmpty();
  }

  @Test
  void anExporterVariableMovesNoPortButAPortVariableDoes() {
    String compose =
        lines(
            "services:",
            "  cache:",
            "    image: redis:7",
            "    environment: {OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel:4318'}",
            "  moved:",
            "    image: bitnami/redis:7.2",
            "    environment: {REDIS_PORT_NUMBER: '6380'}",
            "  web:",
            "    image: web",
            "    environment: {A: 'cache:6380', B: 'moved:6380'}");
    assertThat(
            new ComposeClientPortRule().check(WiringFixture.with("compose.yaml", compose).model()))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("cache:6380").contains("6379"));
  }

  @Test
  void aPortTheTargetsEnvironmentMakesItListenOnIsServed() {
    String compose =
        lines(
            "services:",
            "  broker1:",
            "    image: apache/kafka",
            "    ports: [\"29092:9092\"]",
            "    environment:",
            "      KAFKA_LISTENERS: 'CONTROLLER://:19092,PLAINTEXT_HOST://:9092'",
            "      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@broker1:19092,2@broker2:19092'",
            "  broker2:",
            "    image: apache/kafka",
            "    ports: [\"19092:9092\"]",
            "    environment:",
            "      KAFKA_LISTENERS: 'CONTROLLER://:19092,PLAINTEXT_HOST://:9092'",
            "      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@broker1:19092,2@broker2:19092'");
    assertThat(
            new ComposeClientPortRule()
                .check(WiringFixture.with("docker-compose.yml", compose).model()))
        .isEmpty();
  }

  /** A client dialing {@code db:3307} of a mysql service that runs {@code command}. */
  private static List<Finding> mysqlWith(String command) {
    return new ComposeClientPortRule()
        .check(
            WiringFixture.with(
                    "docker-compose.yml",
                    lines(
                        "services:",
                        "  db:",
                        "    image: mysql:8.0",
                        "    command: " + command,
                        "  app:",
                        "    image: shop/app",
                        "    environment: [DB_URL=jdbc:mysql://db:3307/shop]"))
                .model());
  }

  @Test
  void aCommandThatHandsFlagsToTheImagesServerKeepsItsDocumentedPort() {
    assertThat(mysqlWith("mysqld --lower_case_table_names=1"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("db:3307").contains("3306"));
    assertThat(mysqlWith("--default-authentication-plugin=mysql_native_password")).hasSize(1);
    assertThat(mysqlWith("[\"/usr/sbin/mysqld\", \"--skip-name-resolve\"]")).hasSize(1);
  }

  @Test
  void aCommandThatRunsSomethingElseOrBindsAPortLeavesTheListenersUnknownOrMoved() {
    assertThat(mysqlWith("bash -c \"/init.sh && exec mysqld\"")).isEmpty();
    assertThat(mysqlWith("mysqld --port=3307")).isEmpty();
  }

  @Test
  void aServiceDefinedOnlyByExtendsIsAServiceOfItsBase() {
    WiringFixture project =
        WiringFixture.with(
                "app.yml",
                lines(
                    "services:",
                    "  app:",
                    "    image: shop/app",
                    "    environment:",
                    "      - SPRING_DATASOURCE_URL=jdbc:mysql://mysql:3307/shop",
                    "  mysql:",
                    "    extends:",
                    "      file: mysql.yml",
                    "      service: mysql"))
            .and(
                "mysql.yml",
                lines(
                    "services:",
                    "  mysql:",
                    "    image: mysql:8.0",
                    "    ports: [\"127.0.0.1:3306:3306\"]"));
    assertThat(new ComposeClientPortRule().check(project.model()))
        .singleElement()
        .satisfies(f -> assertThat(f.file()).isEqualTo("app.yml"));
  }

  @Test
  void aBaseWithGenericFieldsOnlyIsAServiceItsExtendersStillHave() {
    WiringFixture project =
        WiringFixture.with(
                "docker-compose.yml",
                lines(
                    "services:",
                    "  redis:",
                    "    image: redis",
                    "    extends:",
                    "      file: common-config.yml",
                    "      service: network-deploy-service",
                    "  gateway:",
                    "    image: shop/gateway",
                    "    environment:",
                    "      SPRING_DATA_REDIS_HOST: redis",
                    "      SPRING_DATA_REDIS_PORT: 6380"))
            .and(
                "common-config.yml",
                lines("services:", "  network-deploy-service:", "    networks: [shop]"));
    assertThat(new ComposeClientPortRule().check(project.model()))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("redis:6380"));
  }

  /**
   * A Kafka broker whose {@code broker} lines configure its listeners; a client dials {@code at}.
   */
  private static List<Finding> checkKafka(String image, String broker, String client) {
    String compose =
        lines(
            "services:",
            "  kafka:",
            "    image: " + image,
            "    environment:",
            "      " + broker,
            "  snuba:",
            "    image: getsentry/snuba",
            "    environment:",
            "      " + client);
    return new ComposeClientPortRule()
        .check(WiringFixture.with("docker-compose.yml", compose).model());
  }

  @Test
  void aKafkaClientAtAPortNoneOfTheBrokersListedListenersIsAWarning() {
    String listeners = "KAFKA_LISTENERS: PLAINTEXT://0.0.0.0:9092,HOST://0.0.0.0:29092";
    assertThat(checkKafka("apache/kafka:3.7.0", listeners, "DEFAULT_BROKERS: kafka:9093"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("dials kafka:9093")
                    .contains("9092 (docker-compose.yml:5)"));
    assertThat(checkKafka("apache/kafka:3.7.0", listeners, "DEFAULT_BROKERS: kafka:29092"))
        .isEmpty();
    // Another client of the container may call another of its servers (JMX, an agent).
    assertThat(checkKafka("apache/kafka:3.7.0", listeners, "METRICS_URL: http://kafka:9404"))
        .isEmpty();
  }

  @Test
  void confluentsImagesListenWhereTheyAdvertiseWhenNoListenersAreSet() {
    String advertised = "KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://kafka:9092";
    assertThat(checkKafka("confluentinc/cp-kafka:5.5.0", advertised, "DEFAULT_BROKERS: kafka:9093"))
        .singleElement();
    assertThat(checkKafka("confluentinc/cp-kafka:5.5.0", advertised, "DEFAULT_BROKERS: kafka:9092"))
        .isEmpty();
    // Other images do not derive their listeners from the advertised ones.
    assertThat(checkKafka("example/kafka:1", advertised, "DEFAULT_BROKERS: kafka:9093")).isEmpty();
    assertThat(
            checkKafka(
                "confluentinc/cp-kafka:5.5.0",
                "KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://kafka:${PORT}",
                "DEFAULT_BROKERS: kafka:9093"))
        .isEmpty();
  }

  @Test
  void aPublishOfAPortNoKafkaListenerBindsIsNoWayToTheBroker() {
    // cp-kafka without KAFKA_LISTENERS binds its advertised 29092 only: 9092 is published in vain.
    String compose =
        lines(
            "services:",
            "  kafka:",
            "    image: confluentinc/cp-kafka:7.5.0",
            "    ports: [\"9092:9092\"]",
            "    environment:",
            "      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://kafka:29092",
            "  payment:",
            "    image: example/payment:1",
            "    environment:",
            "      - SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS=kafka:9092",
            "      - METRICS_URL=http://kafka:9092");
    assertThat(
            new ComposeClientPortRule()
                .check(WiringFixture.with("docker-compose.yml", compose).model()))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("dials kafka:9092")
                    .contains("listens on 29092 (docker-compose.yml:6)"));
  }

  @Test
  void anAddressACommandHandsItsProcessIsDialedAsOneInItsEnvironment() {
    String compose =
        lines(
            "services:",
            "  db:",
            "    image: postgres:16",
            "  api:",
            "    image: example/api:1",
            "    command: ./wait-for-it.sh db:5433 -- java -jar app.jar",
            "  worker:",
            "    image: example/worker:1",
            "    command: [\"celery\", \"--broker\", \"redis://db:5432/0\", \"--bind\", \"0.0.0.0:80\"]");
    assertThat(
            new ComposeClientPortRule()
                .check(WiringFixture.with("docker-compose.yml", compose).model()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(6);
              assertThat(f.column()).isEqualTo(31);
              assertThat(f.message()).contains("'command' dials db:5433").contains("5432");
            });
  }

  @Test
  void theCmdOfTheImageAServiceBuildsDialsWhereNoCommandReplacesIt() {
    String compose =
        lines(
            "services:",
            "  db:",
            "    image: postgres:16",
            "  worker:",
            "    build: ./worker",
            "  replay:",
            "    build: ./worker",
            "    command: node replay.js");
    String dockerfile =
        lines(
            "FROM node:20",
            "ENV DB=db:5433",
            "CMD [\"./wait-for-it.sh\", \"$DB\", \"--\", \"node\", \"index.js\"]");
    assertThat(
            new ComposeClientPortRule()
                .check(
                    WiringFixture.with("docker-compose.yml", compose)
                        .and("worker/Dockerfile", dockerfile)
                        .model()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("worker/Dockerfile");
              assertThat(f.line()).isEqualTo(3);
              assertThat(f.message()).contains("'worker'").contains("db:5433").contains("5432");
            });
    assertThat(
            new ComposeClientPortRule()
                .check(
                    WiringFixture.with("docker-compose.yml", compose)
                        .and("worker/Dockerfile", dockerfile.replace("5433", "5432"))
                        .model()))
        .isEmpty();
  }

  @Test
  void aDocumentedImageWhoseTagIsAnUnsetVariableIsStillThatSoftware() {
    String compose =
        lines(
            "services:",
            "  db:",
            "    image: postgres:${PG_VERSION:?set PG_VERSION}",
            "  queue:",
            "    image: rabbitmq:${RABBIT_TAG}",
            "  app:",
            "    image: acme/app:1",
            "    environment:",
            "      DB: db:5433",
            "      QUEUE_UI: http://queue:15672");
    assertThat(
            new ComposeClientPortRule()
                .check(WiringFixture.with("docker-compose.yml", compose).model()))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("dials db:5433").contains("5432"));
  }

  @Test
  void redpandasListenerFlagsMoveOnlyThePortsOfTheServersTheyName() {
    String compose =
        lines(
            "services:",
            "  redpanda:",
            "    image: docker.redpanda.com/redpandadata/redpanda:v${REDPANDA_VERSION:?set it}",
            "    command:",
            "      - redpanda start",
            "      - --kafka-addr internal://0.0.0.0:29092,external://0.0.0.0:19092",
            "      - --advertise-kafka-addr internal://redpanda:29092,external://localhost:19092",
            "    ports: [\"19092:19092\"]",
            "  console:",
            "    image: docker.redpanda.com/redpandadata/console:v2.8.0",
            "    environment:",
            "      KAFKA_BROKERS: redpanda:BROKER",
            "      REDPANDA_ADMINAPI_URLS: http://redpanda:9644",
            "      KAFKA_SCHEMAREGISTRY_URLS: http://redpanda:8081");
    assertThat(
            new ComposeClientPortRule()
                .check(
                    WiringFixture.with("docker-compose.yml", compose.replace("BROKER", "29092"))
                        .model()))
        .isEmpty();
    assertThat(
            new ComposeClientPortRule()
                .check(
                    WiringFixture.with("docker-compose.yml", compose.replace("BROKER", "9092"))
                        .model()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(12);
              assertThat(f.message()).contains("dials redpanda:9092").contains("29092");
            });
  }

  private static List<Finding> keycloak(String image, String command, String url) {
    String compose =
        lines(
            "services:",
            "  keycloak:",
            "    image: " + image,
            "    command: " + command,
            "  app:",
            "    image: acme/app:1",
            "    environment:",
            "      OIDC_ISSUER: " + url);
    return new ComposeClientPortRule().check(WiringFixture.with("compose.yaml", compose).model());
  }

  @Test
  void keycloakServesItsDocumentedPortsUnlessAnOptionMovesThem() {
    String quay = "quay.io/keycloak/keycloak:26.0";
    assertThat(keycloak(quay, "start-dev", "http://keycloak:8080/realms/demo")).isEmpty();
    assertThat(keycloak(quay, "start-dev", "http://keycloak:8180/realms/demo"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("keycloak:8180").contains("8080"));
    assertThat(keycloak(quay, "[start-dev, --http-port=8180]", "http://keycloak:8180/realms/d"))
        .as("--http-port replaces 8080")
        .isEmpty();
    assertThat(keycloak(quay, "[start-dev, --http-port=8180]", "http://keycloak:8080/realms/d"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("keycloak:8080").contains("8180"));
    assertThat(keycloak(quay, "export --dir /tmp", "http://keycloak:8180/realms/demo"))
        .as("kc.sh export serves nothing that is known")
        .isEmpty();
    String jboss = "jboss/keycloak:16.1.1";
    assertThat(keycloak(jboss, "[\"-b\", \"0.0.0.0\"]", "http://keycloak:8081/auth")).hasSize(1);
    assertThat(
            keycloak(
                jboss,
                "[\"-b\", \"0.0.0.0\", \"-Djboss.socket.binding.port-offset=1000\"]",
                "http://keycloak:9080/auth"))
        .as("WildFly's port offset moves every port: the documented ones are no evidence")
        .isEmpty();
  }

  @Test
  void minioServesItsApiAndTheConsoleItsOptionPlaces() {
    String compose =
        lines(
            "services:",
            "  minio:",
            "    image: quay.io/minio/minio:latest",
            "    command: server /data CONSOLE",
            "  app:",
            "    image: acme/app:1",
            "    environment:",
            "      S3_ENDPOINT: http://minio:9000",
            "      CONSOLE_URL: http://minio:9001");
    assertThat(
            new ComposeClientPortRule()
                .check(
                    WiringFixture.with(
                            "compose.yaml",
                            compose.replace("CONSOLE", "--console-address \":9001\""))
                        .model()))
        .isEmpty();
    assertThat(
            new ComposeClientPortRule()
                .check(WiringFixture.with("compose.yaml", compose.replace("CONSOLE", "")).model()))
        .as("without --console-address the console listens on a random port")
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("minio:9001").contains("9000"));
  }

  @Test
  void valuesMergedFromOneFragmentAreEachJudged() {
    String compose =
        lines(
            "x-app: &app",
            "  environment:",
            "    CACHE_SERVERS: cache:11211",
            "    DB_HOST: db",
            "    DB_PORT: 5433",
            "services:",
            "  app:",
            "    <<: *app",
            "    image: example/app:1",
            "  cache:",
            "    image: memcached:1.6",
            "  db:",
            "    image: postgres:17");
    assertThat(
            new ComposeClientPortRule()
                .check(WiringFixture.with("docker-compose.yml", compose).model()))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("dials db:5433").contains("5432"));
  }

  @Test
  void aPortVariableMovesNothingInAnImageWhoseServerReadsNoEnvironment() {
    String compose =
        lines(
            "x-app-env: &app-env",
            "  environment:",
            "    - REDIS_HOST=cache",
            "    - REDIS_PORT=6379",
            "    - REDIS_URL=redis://cache:6380/",
            "services:",
            "  api:",
            "    <<: *app-env",
            "    image: makeplane/plane-backend:latest",
            "  cache:",
            "    <<: *app-env",
            "    image: IMAGE");
    assertThat(
            new ComposeClientPortRule()
                .check(
                    WiringFixture.with(
                            "docker-compose.yml", compose.replace("IMAGE", "redis:6.2.7-alpine"))
                        .model()))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("dials cache:6380").contains("6379"));
    assertThat(
            new ComposeClientPortRule()
                .check(
                    WiringFixture.with(
                            "docker-compose.yml", compose.replace("IMAGE", "bitnami/redis:7.2"))
                        .model()))
        .as("Bitnami's image reads REDIS_PORT_NUMBER: a port variable may move it")
        .isEmpty();
  }

  private static List<Finding> traefik(String labels) {
    String compose =
        lines(
                "services:",
                "  proxy:",
                "    image: traefik:v3.1",
                "    command: [--providers.docker=true]",
                "  web:",
                "    image: grafana/grafana:11.0.0",
                "    labels:")
            + labels;
    return new ComposeClientPortRule().check(WiringFixture.with("compose.yaml", compose).model());
  }

  @Test
  void traefiksLabelNamesTheContainerPortItSendsTo() {
    assertThat(
            traefik(
                lines(
                    "      traefik.enable: \"true\"",
                    "      traefik.http.services.web.loadbalancer.server.port: \"3001\"")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(9);
              assertThat(f.message())
                  .contains("'traefik.http.services.web.loadbalancer.server.port' dials web:3001")
                  .contains("listens on 3000");
            });
    assertThat(traefik(lines("      - traefik.tcp.services.w.loadbalancer.server.port=3002")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(8);
              assertThat(f.column()).as("at the port after =").isEqualTo(57);
            });
    assertThat(traefik(lines("      - traefik.port=3000"))).isEmpty();
    assertThat(traefik(lines("      traefik.http.routers.web.rule: Host(`x`)"))).isEmpty();
  }

  @Test
  void nginxProxysVirtualPortNamesTheContainerPortItSendsTo() {
    String compose =
        lines(
            "services:",
            "  proxy:",
            "    image: nginxproxy/nginx-proxy:1.6",
            "  web:",
            "    image: grafana/grafana:11.0.0",
            "    environment:",
            "      - VIRTUAL_HOST=grafana.example.com",
            "      - VIRTUAL_PORT=@PORT@");
    assertThat(
            new ComposeClientPortRule()
                .check(
                    WiringFixture.with("compose.yaml", compose.replace("@PORT@", "3001")).model()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(8);
              assertThat(f.column()).isEqualTo(22);
              assertThat(f.message()).contains("'VIRTUAL_PORT' dials web:3001");
            });
    assertThat(
            new ComposeClientPortRule()
                .check(
                    WiringFixture.with("compose.yaml", compose.replace("@PORT@", "3000")).model()))
        .isEmpty();
    // Without VIRTUAL_HOST nginx-proxy does not send the service anything.
    assertThat(
            new ComposeClientPortRule()
                .check(
                    WiringFixture.with(
                            "compose.yaml",
                            compose.replace("@PORT@", "3001").replace("VIRTUAL_HOST", "OTHER"))
                        .model()))
        .isEmpty();
  }

  @Test
  void aKafkaListenerAdvertisingLocalhostSendsAClientInAnotherContainerToItself() {
    String compose =
        lines(
            "services:",
            "  broker:",
            "    image: confluentinc/cp-kafka:7.3.14",
            "    ports: [\"9092:9092\"]",
            "    environment:",
            "      KAFKA_LISTENERS: 'PLAINTEXT://broker:29092,PLAINTEXT_HOST://0.0.0.0:9092'",
            "      KAFKA_ADVERTISED_LISTENERS: 'PLAINTEXT://broker:29092,PLAINTEXT_HOST://localhost:9092'",
            "    healthcheck:",
            "      test: kafka-topics --bootstrap-server localhost:9092 --list",
            "  control-center:",
            "    image: confluentinc/cp-enterprise-control-center:7.3.14",
            "    environment:",
            "      CONTROL_CENTER_BOOTSTRAP_SERVERS: 'broker:@PORT@'");
    assertThat(
            new ComposeClientPortRule()
                .check(
                    WiringFixture.with("compose.yaml", compose.replace("@PORT@", "9092")).model()))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("dials broker:9092")
                    .contains("29092 (compose.yaml:6)")
                    .contains("9092 advertises localhost:9092"));
    assertThat(
            new ComposeClientPortRule()
                .check(
                    WiringFixture.with("compose.yaml", compose.replace("@PORT@", "29092")).model()))
        .isEmpty();
    // Inside the broker's own container localhost is the broker.
    assertThat(
            new ComposeHealthcheckPortRule()
                .check(
                    WiringFixture.with("compose.yaml", compose.replace("@PORT@", "29092")).model()))
        .isEmpty();
  }

  @Test
  void anHttpCallAtADocumentedPortOfAnotherProtocolFails() {
    String compose =
        lines(
            "services:",
            "  elasticsearch:",
            "    image: elasticsearch:8.13.0",
            "  kibana:",
            "    image: kibana:8.13.0",
            "    environment:",
            "      ELASTICSEARCH_HOSTS: '[\"http://elasticsearch:@PORT@\"]'");
    assertThat(
            new ComposeClientPortRule()
                .check(
                    WiringFixture.with("compose.yaml", compose.replace("@PORT@", "9300")).model()))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("dials elasticsearch:9300 over HTTP")
                    .contains(
                        "where 9300 speaks another protocol than HTTP; its HTTP port is 9200"));
    assertThat(
            new ComposeClientPortRule()
                .check(
                    WiringFixture.with("compose.yaml", compose.replace("@PORT@", "9200")).model()))
        .isEmpty();
  }

  @Test
  void ollamaServesItsApiWhereOllamaHostDoesNotMoveIt() {
    String compose =
        lines(
            "services:",
            "  init:",
            "    image: alpine/curl",
            "    command: [\"sh\", \"-c\", \"curl http://ollama:11435/api/pull\"]",
            "  ollama:",
            "    image: docker.io/ollama/ollama:latest");
    assertThat(
            new ComposeClientPortRule().check(WiringFixture.with("compose.yaml", compose).model()))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .as("the shell's -c names no setting")
                    .startsWith("'command' dials ollama:11435")
                    .contains("11434"));
    assertThat(
            new ComposeClientPortRule()
                .check(
                    WiringFixture.with(
                            "compose.yaml",
                            compose + "    environment: [OLLAMA_HOST=0.0.0.0:11435]\n")
                        .model()))
        .isEmpty();
  }

  @Test
  void anExposeTheDocumentedImageDoesNotServeIsNoListener() {
    String compose =
        lines(
            "services:",
            "  db:",
            "    image: mariadb:10.6",
            "    expose: [\"3306\", \"33060\"]",
            "  app:",
            "    image: acme/app:1",
            "    environment:",
            "      DB_URL: jdbc:mysql://db:PORT/app");
    assertThat(
            new ComposeClientPortRule()
                .check(
                    WiringFixture.with("compose.yaml", compose.replace("PORT", "33060")).model()))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("db:33060").contains("3306"));
    assertThat(
            new ComposeClientPortRule()
                .check(WiringFixture.with("compose.yaml", compose.replace("PORT", "3306")).model()))
        .isEmpty();
  }

  private static List<Finding> checkCollector(String clientPort, String exporterPort) {
    return new ComposeClientPortRule()
        .check(
            WiringFixture.with(
                    "docker-compose.yml",
                    lines(
                        "services:",
                        "  collector:",
                        "    image: otel/opentelemetry-collector-contrib:0.108.0",
                        "    volumes: [\"./otel.yml:/etc/otelcol/otel.yml\"]",
                        "    command: --config /etc/otelcol/otel.yml",
                        "    ports: [\"4318\"]",
                        "  jaeger:",
                        "    image: jaegertracing/jaeger:2.1.0",
                        "    volumes: [\"./jaeger.yml:/etc/jaeger/config.yml\"]",
                        "    command: [\"--config\", \"/etc/jaeger/config.yml\"]",
                        "  app:",
                        "    image: acme/app:1",
                        "    environment:",
                        "      - OTEL_EXPORTER_OTLP_ENDPOINT=http://collector:" + clientPort))
                .and(
                    "otel.yml",
                    lines(
                        "receivers:",
                        "  otlp:",
                        "    protocols:",
                        "      http:",
                        "        endpoint: 0.0.0.0:4318",
                        "exporters:",
                        "  otlp:",
                        "    endpoint: jaeger:" + exporterPort,
                        "service: {pipelines: {traces: {receivers: [otlp], exporters: [otlp]}}}"))
                .and(
                    "jaeger.yml",
                    lines(
                        "receivers:",
                        "  otlp:",
                        "    protocols:",
                        "      grpc:",
                        "service: {pipelines: {traces: {receivers: [otlp]}}}"))
                .model());
  }

  @Test
  void anOtlpClientReachesACollectorOnItsOtlpReceiversOnly() {
    assertThat(checkCollector("4318", "4317")).isEmpty();
    assertThat(checkCollector("4317", "4317"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("docker-compose.yml");
              assertThat(f.message()).contains("collector:4317").contains("4318 (otel.yml:5)");
            });
    // The collector's own exporter, in the file it mounts, dials Jaeger's receiver.
    assertThat(checkCollector("4318", "4318"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("otel.yml");
              assertThat(f.line()).isEqualTo(8);
              assertThat(f.message()).contains("jaeger:4318").contains("4317 (jaeger.yml:4)");
            });
  }

  private static List<Finding> checkNginx(String mount, String conf, String target) {
    return new ComposeClientPortRule()
        .check(
            WiringFixture.with(
                    "docker-compose.yml",
                    lines(
                        "services:",
                        "  web:",
                        "    image: nginx:1.25",
                        "    ports: [\"80:80\"]",
                        "    volumes:",
                        "      - " + mount,
                        "  api:",
                        "    build: api"))
                .and("api/Dockerfile", lines("FROM x", "EXPOSE 8080"))
                .and(target, conf)
                .model());
  }

  @Test
  void theNginxAServiceMountsProxiesToTheTargetsListeners() {
    String conf = "server {\n  listen 80;\n  location / { proxy_pass http://api:%s/; }\n}\n";
    assertThat(
            checkNginx(
                "./nginx/default.conf:/etc/nginx/conf.d/default.conf:ro",
                conf.formatted("8081"),
                "nginx/default.conf"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("nginx/default.conf");
              assertThat(f.line()).isEqualTo(3);
              assertThat(f.message())
                  .contains("'proxy_pass' dials api:8081")
                  .contains("listens on 8080");
            });
    assertThat(
            checkNginx(
                "./nginx/default.conf:/etc/nginx/conf.d/default.conf:ro",
                conf.formatted("8080"),
                "nginx/default.conf"))
        .isEmpty();
    // A folder mounted whole places each of its files.
    assertThat(checkNginx("./nginx:/etc/nginx/conf.d", conf.formatted("8081"), "nginx/site.conf"))
        .hasSize(1);
    // A file mounted elsewhere is no nginx configuration of the service.
    assertThat(checkNginx("./nginx:/srv/static", conf.formatted("8081"), "nginx/site.conf"))
        .isEmpty();
  }

  @Test
  void anUpstreamOfTheNginxConfTheImageCopiesIsDialedAtEachServer() {
    List<Finding> found =
        new ComposeClientPortRule()
            .check(
                WiringFixture.with(
                        "docker-compose.yml",
                        lines(
                            "services:",
                            "  proxy:",
                            "    build: ./proxy",
                            "  api:",
                            "    build: api"))
                    .and("api/Dockerfile", lines("FROM x", "EXPOSE 8080"))
                    .and(
                        "proxy/Dockerfile",
                        lines("FROM nginx:alpine", "COPY nginx.conf /etc/nginx/nginx.conf"))
                    .and(
                        "proxy/nginx.conf",
                        lines(
                            "events {}",
                            "http {",
                            "  upstream backend { server api:8080; server api:9090; }",
                            "  server { listen 80; location / { proxy_pass http://backend; } }",
                            "}"))
                    .model());
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("proxy/nginx.conf");
              assertThat(f.line()).isEqualTo(3);
              assertThat(f.message()).contains("api:9090");
            });
  }

  /** A database of an env file its clients share, and a client of it. */
  private static List<Finding> checkSharedEnv(String image, String variables, String port) {
    return new ComposeClientPortRule()
        .check(
            WiringFixture.with(
                    "docker-compose.yml",
                    lines(
                        "services:",
                        "  db:",
                        "    image: " + image,
                        "    env_file: app.env",
                        "  app:",
                        "    image: example/app:1",
                        "    env_file: app.env",
                        "    environment:",
                        "      DB_URL: jdbc:postgresql://db:" + port + "/app"))
                .and("app.env", variables)
                .model());
  }

  @Test
  void aClientsPortVariableInASharedEnvFileMovesNoDatabase() {
    assertThat(checkSharedEnv("postgres:16", "DATABASE_PORT=5433\n", "5433"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("db:5433").contains("5432"));
    assertThat(checkSharedEnv("postgres:16", "DATABASE_PORT=5432\n", "5432")).isEmpty();
    // The server's own variable moves it: then its port is unknown here.
    assertThat(checkSharedEnv("postgres:16", "PGPORT=5433\n", "5433")).isEmpty();
    assertThat(checkSharedEnv("mysql:8", "MYSQL_TCP_PORT=3307\n", "3307")).isEmpty();
    // An image no table says which variables it reads may take any port variable.
    assertThat(checkSharedEnv("bitnami/postgresql:16", "POSTGRESQL_PORT_NUMBER=5433\n", "5433"))
        .isEmpty();
  }

  @Test
  void anOptionalEnvFileTheCheckoutDoesNotHoldIsOneComposeSkips() {
    String optional =
        lines(
            "services:",
            "  api:",
            "    build: api",
            "    env_file:",
            "      - path: app.env",
            "      - path: local.env",
            "        required: %s",
            "  web:",
            "    image: web",
            "    environment: [API=http://api:8081]");
    java.util.function.Function<String, List<Finding>> check =
        required ->
            new ComposeClientPortRule()
                .check(
                    WiringFixture.with("docker-compose.yml", optional.formatted(required))
                        .and("api/Dockerfile", lines("FROM x", "EXPOSE 8080"))
                        .and("app.env", "DEBUG=1\n")
                        .model());
    assertThat(check.apply("false")).hasSize(1);
    // A required file that is not here may set the port: the service's listeners are unknown.
    assertThat(check.apply("true")).isEmpty();
  }

  private static List<Finding> checkOwnDefinition(String definition, String address) {
    return new ComposeClientPortRule()
        .check(
            WiringFixture.with(
                    "docker-compose.yml",
                    lines(
                        "services:",
                        "  sandbox:",
                        "    image: example/sandbox:1",
                        definition,
                        "  api:",
                        "    image: example/api:1",
                        "    environment:",
                        "      - CODE_EXECUTION_ENDPOINT=" + address))
                .model());
  }

  @Test
  void aServiceWhoseOwnDefinitionNamesEachListenerTwiceIsJudgedByThem() {
    String publishAndCheck =
        lines(
            "    ports: [\"8000:8000\"]",
            "    healthcheck:",
            "      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8000/health\"]");
    assertThat(checkOwnDefinition(publishAndCheck, "http://sandbox:8001"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("sandbox:8001").contains("8000"));
    assertThat(checkOwnDefinition(publishAndCheck, "http://sandbox:8000")).isEmpty();
    // A variable named after the service is one statement, its healthcheck another.
    String variableAndCheck =
        lines(
            "    environment: {SANDBOX_PORT: 8194}",
            "    healthcheck:",
            "      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8194/health\"]");
    assertThat(checkOwnDefinition(variableAndCheck, "http://sandbox:8195")).hasSize(1);
    // One statement alone, or a port stated once beside one stated twice: it may listen elsewhere.
    assertThat(checkOwnDefinition("    ports: [\"8000:8000\"]", "http://sandbox:8001")).isEmpty();
    assertThat(
            checkOwnDefinition(
                publishAndCheck.replace("\"8000:8000\"]", "\"8000:8000\", \"9000:9000\"]"),
                "http://sandbox:8001"))
        .isEmpty();
  }

  @Test
  void anEnvFileNamedDotEnvDotSomethingIsReadAsComposeLoadsIt() {
    List<Finding> found =
        new ComposeClientPortRule()
            .check(
                WiringFixture.with(
                        "docker-compose.yml",
                        lines(
                            "services:",
                            "  db:",
                            "    image: postgres:16",
                            "  web:",
                            "    image: example/web:1",
                            "    env_file: .env.production"))
                    .and(".env.production", "DATABASE_URL=postgres://u:p@db:5433/app\n")
                    .model());
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo(".env.production");
              assertThat(f.message()).contains("db:5433").contains("5432");
            });
  }

  @Test
  void aServiceThatPublishesItsProtocolsDefaultPortServesItThere() {
    List<Finding> found =
        new ComposeClientPortRule()
            .check(
                WiringFixture.with(
                        "docker-compose.yml",
                        lines(
                            "services:",
                            "  app:",
                            "    image: example/app:1",
                            "    environment:",
                            "      SPRING_DATASOURCE_URL: jdbc:postgresql://postgres:5433/shop",
                            "      AMQP_HOST: artemis",
                            "      AMQP_PORT: 5673",
                            "      ADMIN_URL: http://artemis:8162",
                            "      CACHE_URL: redis://cache:6380",
                            "  postgres:",
                            "    image: eventuateio/eventuate-postgres:0.16.0.RELEASE",
                            "    ports: [\"5432:5432\"]",
                            "  artemis:",
                            "    image: quay.io/artemiscloud/activemq-artemis-broker:0.1.2",
                            "    ports: [\"8161:8161\", \"61616:61616\", \"5672:5672\"]",
                            "  cache:",
                            "    image: example/cache:1",
                            "    ports: [\"6380:6379\"]"))
                    .model());
    // HTTP has no such port (the console at 8162 stays unknown); 6380 is the host side of a
    // publish.
    assertThat(found)
        .extracting(Finding::key)
        .containsExactlyInAnyOrder("SPRING_DATASOURCE_URL", "AMQP_HOST + AMQP_PORT", "CACHE_URL");
  }
}
