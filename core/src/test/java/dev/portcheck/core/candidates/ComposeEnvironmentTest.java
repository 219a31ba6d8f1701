package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComposeEnvironmentTest {
  @ParameterizedTest
  @CsvSource({
    "services.web.environment.PORT, LISTEN, LISTEN",
    "services.web.environment.SERVER_PORT, LISTEN, LISTEN",
    "services.web.environment.FRONTEND_MEMBERSHIP_PORT, LISTEN, UNKNOWN",
    "services.web.environment.GRPC_PORT, LISTEN, UNKNOWN",
    "services.web.environment.DB_PORT, CONNECT, CONNECT",
    "services.web.ports[0], LISTEN, LISTEN",
    "server.port, LISTEN, LISTEN"
  })
  void aComposeVariableListensOnlyWhereTheWiringModelSaysSo(String key, Role role, Role expected) {
    assertThat(ComposeEnvironment.roleOf(key, role)).isEqualTo(expected);
  }
}
