package dev.portcheck.core.rules;

import static dev.portcheck.core.findings.FindingAssertions.assertOnlyFindingOf;
import static dev.portcheck.core.rules.RuleTestSupport.candidate;
import static dev.portcheck.core.rules.RuleTestSupport.listen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.rules.SharedHostPortRule.ModuleBindings;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedHostPortRuleTest {
  @Test
  void namesBothModulesOnAClash() {
    ModuleBindings a = new ModuleBindings("service-a", List.of(listen("server.port", "8080")));
    ModuleBindings b = new ModuleBindings("service-b", List.of(listen("server.port", "8080")));
    assertOnlyFindingOf(
        "shared-host-port",
        SharedHostPortRule.check(b, List.of(a)),
        "of module service-b",
        "module service-a");
  }

  @Test
  void clientsContainersAndOtherPortsDoNotClash() {
    ModuleBindings a =
        new ModuleBindings(
            "a",
            List.of(
                listen("server.port", "8080"),
                candidate("x.port", Role.LISTEN, "k8s:a.yaml#0", "9090")));
    ModuleBindings b =
        new ModuleBindings(
            "b",
            List.of(
                listen("server.port", "8081"),
                candidate("spring.redis.port", Role.CONNECT, "app", "8080"),
                candidate("x.port", Role.LISTEN, "k8s:b.yaml#0", "9090")));
    assertThat(SharedHostPortRule.check(b, List.of(a))).isEmpty();
  }
}
