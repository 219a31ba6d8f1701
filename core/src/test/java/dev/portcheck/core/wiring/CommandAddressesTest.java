package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandAddressesTest {
  private static final Loc AT = new Loc("deploy.yaml", 20, 11);

  @Test
  void anAddressIsNamedByItsFlag() {
    assertThat(CommandAddresses.of("args", null, "--backend-url=http://backend:9898/echo", AT))
        .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("--backend-url"));
    assertThat(CommandAddresses.of("command", "--default-addr", "profile.hr.svc:8082", AT))
        .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("--default-addr"));
    assertThat(CommandAddresses.of("args", "-v", "redis:6379", AT))
        .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("-v"));
    assertThat(CommandAddresses.of("args", "--x=1", "redis:6379", AT))
        .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("args"));
  }

  @Test
  void wordsWithoutAnAddressAndTemplatesAreNone() {
    assertThat(CommandAddresses.of("args", null, "--port=8080", AT)).isEmpty();
    assertThat(CommandAddresses.of("args", null, "--log-level=debug", AT)).isEmpty();
    assertThat(CommandAddresses.of("args", null, "{{ .Values.backend }}:9898", AT)).isEmpty();
  }
}
