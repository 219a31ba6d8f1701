package dev.portcheck.core.rules;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.WiringFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

public class AppListenPortRuleTest {
  public static WiringFixture project() {
    return WiringFixture.with(
            "docker-compose.yml",
            lines(
                "services:",
                "  app:",
                "    build: .",
                "    ports: [\"80:8080\"]",
                "  gateway:",
                "    build: gateway",
                "  config:",
                "    build: {context: config}",
                "    ports: [\"8888:8888\"]"))
        .and("Dockerfile", lines("FROM java", "EXPOSE 8080"))
        .and("config/Dockerfile", lines("FROM java", "EXPOSE 8888"))
        .and("gateway/Dockerfile", lines("FROM java", "EXPOSE 4000"));
  }

  private static List<Finding> check(WiringFixture f) {
    return new AppListenPortRule().check(f.model());
  }

  @Test
  void theModulesOwnApplicationOnAnotherPortIsAWarning() {
    assertThat(
            check(project().and("src/main/resources/application.yml", "server:\n  port: 8081\n")))
        .singleElement()
        .satisfies(
            f -> assertThat(f.message()).contains("docker-compose.yml:4").contains("Dockerfile:2"));
    assertThat(
            check(
                project()
                    .and(
                        "src/main/resources/application.properties", "server.port=${PORT:8080}\n")))
        .isEmpty();
    assertThat(check(project().and("src/main/resources/application-dev.yml", "server.port: 1\n")))
        .isEmpty();
  }

  @Test
  void aConfigServersFileForAServiceIsThatServicesApplication() {
    WiringFixture f =
        project()
            .and(
                "src/main/resources/application.yml",
                lines(
                    "spring.cloud.config.server.native.search-locations: classpath:/shared",
                    "server.port: 8080"));
    assertThat(check(f.and("src/main/resources/shared/gateway.yml", "server:\n  port: 4001\n")))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.file()).isEqualTo("src/main/resources/shared/gateway.yml");
              assertThat(x.message()).contains("gateway/Dockerfile:2");
            });
    assertThat(check(project().and("src/main/resources/shared/gateway.yml", "server.port: 4001\n")))
        .isEmpty();
  }

  private static WiringFixture profiled(String activate) {
    return WiringFixture.with(
            "docker-compose.yml",
            lines(
                "services:",
                "  app:",
                "    build: .",
                "    ports: [\"80:8080\"]",
                "    environment: {SPRING_PROFILES_ACTIVE: '" + activate + "'}"))
        .and("Dockerfile", lines("FROM java", "EXPOSE 8080"))
        .and("src/main/resources/application.yml", "server.port: 8080\n")
        .and("src/main/resources/application-docker.yml", "server.port: 8081\n")
        .and(
            "src/main/resources/bootstrap.yml",
            lines(
                "spring.application.name: app",
                "---",
                "spring.config.activate.on-profile: k8s",
                "server.port: 9000"));
  }

  @Test
  void theProfileTheServiceActivatesDecides() {
    assertThat(check(profiled("docker")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("src/main/resources/application-docker.yml");
              assertThat(f.message()).contains("profiles docker");
            });
    assertThat(check(profiled("dev"))).isEmpty();
    assertThat(check(profiled("docker,local"))).hasSize(1);
  }

  @Test
  void aProfileDocumentCountsForItsProfileOnly() {
    assertThat(check(profiled("k8s")))
        .singleElement()
        .satisfies(f -> assertThat(f.file()).isEqualTo("src/main/resources/bootstrap.yml"));
  }

  @Test
  void readsSpringPlaceholderDefaults() {
    assertThat(AppListenPortRule.port("${SERVER_PORT:8080}")).isEqualTo(8080);
    assertThat(AppListenPortRule.port("0")).isEqualTo(-1);
    assertThat(AppListenPortRule.port("${PORT}")).isEqualTo(-1);
  }
}
