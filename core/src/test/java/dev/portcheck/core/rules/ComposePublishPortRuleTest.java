package dev.portcheck.core.rules;

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

  @Test
  void aPublishOfNoExposedPortIsAWarningNamingTheDockerfile() {
    assertThat(check("[\"80:4040\"]"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("docker-compose.dev.yml");
              assertThat(f.message()).contains("gateway/Dockerfile:2");
            });
  }

  @Test
  void silentWhenOnePublishedPortIsExposed() {
    assertThat(check("[\"80:4000\"]")).isEmpty();
    assertThat(check("[\"80:4000\", \"5005:5005\"]")).isEmpty();
  }
}
