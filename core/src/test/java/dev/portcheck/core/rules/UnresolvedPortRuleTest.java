package dev.portcheck.core.rules;

import static dev.portcheck.core.findings.FindingAssertions.assertOnlyFindingOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.candidates.TestCandidates;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnresolvedPortRuleTest {
  private final UnresolvedPortRule rule = new UnresolvedPortRule();

  @Test
  void anApplicationsPortFromTheEnvironmentIsNot() {
    PortCandidate c =
        TestCandidates.of(
            "a.properties",
            1,
            13,
            0,
            "server.port",
            "${PORT}",
            "",
            "app",
            Role.LISTEN,
            Protocol.TCP,
            "",
            List.of(),
            "");
    assertThat(rule.check(c)).isEmpty();
  }

  @Test
  void aComposeVariableWithoutDefaultIsAnInfo() {
    PortCandidate c =
        TestCandidates.of(
            "compose.yaml",
            1,
            13,
            0,
            "services.web.ports[0]",
            "${PORT}",
            "",
            "compose:compose.yaml",
            Role.LISTEN,
            Protocol.TCP,
            "",
            List.of(),
            "");
    assertOnlyFindingOf("unresolved-port", rule.check(c), "${PORT}");
  }

  @Test
  void aResolvedPortIsNot() {
    assertThat(rule.check(RuleTestSupport.listen("server.port", "8080"))).isEmpty();
  }
}
