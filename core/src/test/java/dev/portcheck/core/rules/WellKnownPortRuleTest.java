package dev.portcheck.core.rules;

import static dev.portcheck.core.rules.RuleTestSupport.candidate;
import static dev.portcheck.core.rules.RuleTestSupport.listen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.registry.PortRegistry;
import org.junit.jupiter.api.Test;

class WellKnownPortRuleTest {
  private final WellKnownPortRule rule = new WellKnownPortRule(PortRegistry.standard());

  @Test
  void aListenerOnAnotherServicesPortIsNamed() {
    assertThat(rule.check(listen("management.server.port", "22")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("registered to ssh"));
    assertThat(rule.check(listen("debug.port", "53"))).hasSize(1);
  }

  @Test
  void clientsDialWellKnownPortsNormally() {
    assertThat(rule.check(candidate("spring.mail.port", Role.CONNECT, "app", "25"))).isEmpty();
  }

  @Test
  void httpServersOn80And443AreThatService() {
    assertThat(rule.check(listen("server.port", "443"))).isEmpty();
    assertThat(rule.check(listen("quarkus.http.port", "80"))).isEmpty();
    assertThat(rule.check(listen("debug.port", "80"))).hasSize(1);
  }

  @Test
  void aSettingForThatServiceIsNoClash() {
    assertThat(rule.check(listen("ssh.port", "22"))).isEmpty();
  }
}
