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
}
