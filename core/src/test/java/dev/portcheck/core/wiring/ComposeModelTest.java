package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComposeModelTest {
  private static final String BASE =
      "services:\n  vote:\n    image: vote:1\n    ports: [\"8080:80\"]\n  db:\n    image: postgres:16\n";

  @Test
  void anAlternativeFileIsAProjectOfItsOwn() {
    ComposeModel compose =
        WiringFixture.with("docker-compose.yml", BASE)
            .and("docker-compose.images.yml", "services:\n  vote:\n    image: vote:2\n")
            .model()
            .compose();
    assertThat(compose.projects())
        .extracting(ComposeProject::id)
        .containsExactlyInAnyOrder("", "#docker-compose.images.yml");
  }

  @Test
  void theDefaultOverrideAndADevFileThatOnlyAddsBuildsJoinTheDefaultProject() {
    ComposeModel compose =
        WiringFixture.with("docker-compose.yml", BASE)
            .and("docker-compose.override.yml", "services:\n  vote:\n    image: vote:dev\n")
            .and("docker-compose.dev.yml", "services:\n  vote:\n    build: vote\n")
            .model()
            .compose();
    assertThat(compose.projects()).singleElement();
    assertThat(compose.projects().get(0).services().get("vote")).hasSize(3);
  }

  @Test
  void aVariantFileWhoseServiceCouldNotRunAloneJoinsTheDefaultProject() {
    // -f docker-compose.yml -f docker-compose.kafka.yml: the broker comes with the variant, the
    // application service only gains an env_file, and has no image or build of its own there.
    ComposeModel compose =
        WiringFixture.with("docker-compose.yml", BASE)
            .and(
                "docker-compose.kafka.yml",
                "services:\n  kafka:\n    image: bitnami/kafka:3\n"
                    + "  vote:\n    env_file: [queue-kafka.env]\n")
            .model()
            .compose();
    assertThat(compose.projects()).singleElement();
    assertThat(compose.projects().get(0).services()).containsOnlyKeys("vote", "db", "kafka");
  }

  @Test
  void anOverrideInAFolderBelowJoinsTheProjectWhoseServicesItCompletes() {
    // -f docker-compose.yml -f ./dev/docker-compose.dev.yml: dev's meta has no image of its own.
    ComposeModel compose =
        WiringFixture.with("docker/docker-compose.yml", BASE)
            .and("docker/.env", "VOTE_PORT=8080\n")
            .and(
                "docker/dev/docker-compose.dev.yml",
                "services:\n  db:\n    ports: [\"5555:5432\"]\n")
            .model()
            .compose();
    assertThat(compose.projects()).singleElement();
    ComposeProject p = compose.projects().get(0);
    assertThat(p.folder()).isEqualTo("docker");
    assertThat(p.services().get("db")).hasSize(2);
    assertThat(compose.listeners(p, "db").published()).containsOnlyKeys(5555);
  }

  @Test
  void aFileBelowNamingServicesNoProjectAboveDefinesStaysAlone() {
    ComposeModel compose =
        WiringFixture.with("docker/docker-compose.yml", BASE)
            .and(
                "docker/dev/docker-compose.dev.yml",
                "services:\n  cache:\n    ports: [\"6380:6379\"]\n")
            .model()
            .compose();
    assertThat(compose.projects()).hasSize(2);
  }

  @Test
  void aVariantFileWhoseServicesAllRunOnTheirOwnStaysAlone() {
    ComposeModel compose =
        WiringFixture.with("docker-compose.yml", BASE)
            .and(
                "docker-compose.kafka.yml",
                "services:\n  kafka:\n    image: bitnami/kafka:3\n" + "  vote:\n    build: vote\n")
            .model()
            .compose();
    assertThat(compose.projects())
        .extracting(ComposeProject::id)
        .containsExactlyInAnyOrder("", "#docker-compose.kafka.yml");
  }

  @Test
  void aCommandsListenFlagIsEvidenceOfWhereTheServiceListens() {
    ComposeModel compose =
        WiringFixture.with(
                "compose.yaml",
                "services:\n  web:\n    image: app:1\n"
                    + "    command: gunicorn -b 0.0.0.0:8000 app:app\n")
            .model()
            .compose();
    ComposeListeners l = compose.listeners(compose.projects().get(0), "web");
    assertThat(l.bound()).containsOnlyKeys(8000);
    assertThat(l.bound().get(8000).line()).isEqualTo(4);
  }

  @Test
  void composeFileInTheDotenvChoosesTheDefaultProject() {
    ComposeModel compose =
        WiringFixture.with("docker-compose.yml", BASE)
            .and(".env", "COMPOSE_FILE=docker-compose.yml:docker-compose.prod.yml\n")
            .and("docker-compose.prod.yml", "services:\n  vote:\n    image: vote:2\n")
            .and("docker-compose.test.yml", "services:\n  vote:\n    image: vote:3\n")
            .model()
            .compose();
    assertThat(compose.projects())
        .extracting(ComposeProject::id)
        .containsExactlyInAnyOrder("", "#docker-compose.test.yml");
  }

  @Test
  void includedFilesJoinTheIncludingProject() {
    ComposeModel compose =
        WiringFixture.with(
                "compose.yaml",
                "include:\n  - db/compose.yaml\n  - path: ./cache.yaml\n"
                    + "services:\n  web:\n    image: web:1\n")
            .and("db/compose.yaml", "services:\n  db:\n    image: postgres:16\n")
            .and("cache.yaml", "services:\n  cache:\n    image: redis:7\n")
            .model()
            .compose();
    assertThat(compose.projects()).singleElement();
    ComposeProject p = compose.projects().get(0);
    assertThat(p.services()).containsOnlyKeys("web", "db", "cache");
    assertThat(compose.listeners(p, "db").all()).containsOnlyKeys(5432);
  }

  @Test
  void goTemplateTextInsideStringValuesLeavesAComposeFileAComposeFile() {
    ComposeModel compose =
        WiringFixture.with(
                "docker-compose.yml",
                "x-logging: &logging\n  driver: json-file\n  options:\n"
                    + "    tag: \"{{.Name}}\"\n"
                    + "services:\n  cart:\n    image: cart:1\n    logging: *logging\n"
                    + "    healthcheck:\n      test: [\"CMD\", \"docker\", \"--format\", \"{{json .}}\"]\n"
                    + "  redis:\n    image: redis:7\n")
            .model()
            .compose();
    assertThat(compose.projects()).singleElement();
    assertThat(compose.projects().get(0).services()).containsOnlyKeys("cart", "redis");
  }

  @Test
  void aFileOfIncludesOnlyStillGathersItsProject() {
    ComposeModel compose =
        WiringFixture.with("docker-compose.yml", "include:\n  - path: [a.yml, b.yml]\n")
            .and("a.yml", "services:\n  a:\n    image: a:1\n")
            .and("b.yml", "services:\n  b:\n    image: b:1\n")
            .model()
            .compose();
    assertThat(compose.projects()).singleElement();
    assertThat(compose.projects().get(0).services()).containsOnlyKeys("a", "b");
  }

  @Test
  void aFileWhoseServiceDependsOnOneOnlyTheDefaultFileDefinesJoinsThatProject() {
    String base = "services:\n  keycloak:\n    image: keycloak:22\n  app:\n    image: acme/app:1\n";
    String addon =
        "services:\n  app:\n    image: acme/app:1\n    depends_on: [keycloak]\n"
            + "  minion:\n    image: acme/minion:1\n    depends_on:\n      app: {condition: service_started}\n";
    ComposeModel joined =
        WiringFixture.with("docker-compose.yml", base)
            .and("docker-compose-addon.yml", addon)
            .model()
            .compose();
    assertThat(joined.projects()).singleElement();
    assertThat(joined.projects().get(0).services()).containsOnlyKeys("keycloak", "app", "minion");
    ComposeModel apart =
        WiringFixture.with("docker-compose.yml", base)
            .and(
                "docker-compose-addon.yml",
                addon.replace("depends_on: [keycloak]", "depends_on: []"))
            .model()
            .compose();
    assertThat(apart.projects()).hasSize(2);
  }
}
