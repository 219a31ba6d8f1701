package dev.portcheck.core.rules;

import static dev.portcheck.core.rules.RuleTestSupport.candidate;
import static dev.portcheck.core.rules.RuleTestSupport.listen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.Role;
import org.junit.jupiter.api.Test;

class PrivilegedPortRuleTest {
  private final PrivilegedPortRule rule = new PrivilegedPortRule();

  @Test
  void warnsOnListenersBelow1024() {
    assertThat(rule.check(listen("server.port", "636")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("privileged-port");
              assertThat(f.message()).contains("privileged port 636 (system range 0-1023)");
            });
    assertThat(rule.check(listen("server.port", "1023"))).hasSize(1);
  }

  @Test
  void ignoresUnprivilegedAndRandomPorts() {
    assertThat(rule.check(listen("server.port", "1024"))).isEmpty();
    assertThat(rule.check(listen("server.port", "0"))).isEmpty();
  }

  @Test
  void aClientDiallingALowPortIsNormal() {
    assertThat(rule.check(candidate("spring.mail.port", Role.CONNECT, "app", "25"))).isEmpty();
  }
}
