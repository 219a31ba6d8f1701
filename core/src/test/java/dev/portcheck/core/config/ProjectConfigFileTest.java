package dev.portcheck.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portcheck.core.findings.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectConfigFileTest {
  @TempDir Path base;

  @Test
  void noFileNoSettings() throws IOException {
    assertThat(ProjectConfigFile.read(base)).isEmpty();
  }

  @Test
  void readsYamlWithRulesAndEnvironmentInterpolation() throws IOException {
    Files.writeString(
        base.resolve(".portcheck.yml"),
        String.join(
            "\n",
            "failOnSeverity: warning",
            "formats: [json]",
            "disabledRules: ephemeral-port, special-port",
            "encoding: ${env:PORTCHECK_TEST_UNSET_VARIABLE:-ISO-8859-1}",
            "rules:",
            "  privileged-port:",
            "    severity: error",
            "    allowedPorts: [443, 80]",
            "    excludes: deploy/**",
            ""));
    ProjectSettings s = ProjectConfigFile.read(base).orElseThrow();
    assertThat(s.failOnSeverity()).contains("warning");
    assertThat(s.formats()).contains("json");
    assertThat(s.disabledRules()).contains("ephemeral-port,special-port");
    assertThat(s.encoding()).contains("ISO-8859-1");
    RuleConfig rule = s.rules().get("privileged-port");
    assertThat(rule.severity()).contains(Severity.ERROR);
    assertThat(rule.allowedPorts()).containsExactlyInAnyOrder(80, 443);
    assertThat(rule.excludes("deploy/k8s/a.yaml")).isTrue();
  }

  @Test
  void readsPropertiesWithSystemInterpolation() throws IOException {
    System.setProperty("portcheck.test.fail", "info");
    Files.writeString(
        base.resolve("portcheck.properties"),
        "failOnSeverity=${sys:portcheck.test.fail}\nrules.well-known-port.allowedPorts=22\n"
            + "ignoreSuppressions=true\n");
    ProjectSettings s = ProjectConfigFile.read(base).orElseThrow();
    assertThat(s.failOnSeverity()).contains("info");
    assertThat(s.ignoreSuppressions()).contains(true);
    assertThat(s.rules().get("well-known-port").allowedPorts()).containsExactly(22);
    assertThat(s.rules().get("well-known-port").severity()).isEqualTo(Optional.empty());
  }

  @Test
  void badValuesNameTheFileAndKey() throws IOException {
    Files.writeString(base.resolve("portcheck.properties"), "rules.x.allowedPorts=70000\n");
    assertThatThrownBy(() -> ProjectConfigFile.read(base))
        .hasMessageContaining("portcheck.properties: rules.x.allowedPorts: '70000' is not a port");
  }
}
