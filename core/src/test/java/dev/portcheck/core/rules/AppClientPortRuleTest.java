package dev.portcheck.core.rules;

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
    assertThat(check("http://config:8887"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("src/main/resources/bootstrap.yml");
              assertThat(f.message()).contains("config/Dockerfile:2");
            });
  }

  @Test
  void silentForListeningPortsAndUnknownHosts() {
    assertThat(check("http://config:8888")).isEmpty();
    assertThat(check("http://elsewhere:8887")).isEmpty();
  }
}
