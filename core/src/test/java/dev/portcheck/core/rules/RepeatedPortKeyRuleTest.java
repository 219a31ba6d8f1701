package dev.portcheck.core.rules;

import static dev.portcheck.core.rules.RuleTestSupport.listen;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedPortKeyRuleTest {
  private final RepeatedPortKeyRule rule = new RepeatedPortKeyRule();

  @Test
  void aKeyWithTwoDifferentPortsIsReported() {
    assertThat(rule.check(List.of(listen("server.port", "8080"), listen("server.port", "9090"))))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("server.port is set twice")
                    .contains("8080")
                    .contains("9090"));
  }

  @Test
  void theSamePortTwiceOrOtherKeysAreNot() {
    assertThat(
            rule.check(
                List.of(
                    listen("server.port", "8080"),
                    listen("server.port", "8080"),
                    listen("admin.port", "9090"))))
        .isEmpty();
  }

  @Test
  void nginxListensAreEachABinding() {
    // A redirect server on 80 and the TLS server on 443: nginx binds both.
    assertThat(
            new RepeatedPortKeyRule()
                .check(
                    List.of(
                        dev.portcheck.core.candidates.ExposedPorts.ofFlag(
                            dev.portcheck.core.candidates.FileKind.NGINX,
                            "nginx/default.conf",
                            "server",
                            "listen 80",
                            80,
                            19,
                            12),
                        dev.portcheck.core.candidates.ExposedPorts.ofFlag(
                            dev.portcheck.core.candidates.FileKind.NGINX,
                            "nginx/default.conf",
                            "server",
                            "listen 443",
                            443,
                            28,
                            12))))
        .isEmpty();
  }
}
