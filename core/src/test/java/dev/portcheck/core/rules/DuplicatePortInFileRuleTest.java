package dev.portcheck.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.candidates.PortLiteral.Origin;
import dev.portcheck.core.candidates.PortLiteral.Side;
import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.candidates.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatePortInFileRuleTest {
  private final DuplicatePortInFileRule rule = new DuplicatePortInFileRule();

  private static PortCandidate publish(String key, int line, String scope, int port) {
    return new PortCandidate(
        "docker-compose.yml",
        line,
        9,
        0,
        key,
        port + ":80",
        "",
        scope,
        scope.equals(PortCandidate.APPLICATION_SCOPE) ? Role.LISTEN : Role.MAPPING,
        Protocol.TCP,
        "",
        List.of(PortLiteral.parse("" + port, line, 9, Origin.LITERAL, Side.HOST)),
        "");
  }

  @Test
  void twoPublishesOfOneProjectClashAtTheSecond() {
    assertThat(
            rule.check(
                List.of(
                    publish("services.web.ports[0]", 4, "compose:docker-compose.yml", 8080),
                    publish("services.api.ports[0]", 8, "compose:docker-compose.yml", 8080))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("duplicate-port");
              assertThat(f.line()).isEqualTo(8);
              assertThat(f.message())
                  .contains("already bound by docker-compose.yml:4 services.web.ports[0]");
            });
  }

  @Test
  void theApplicationScopeIsLeftToTheProjectRule() {
    assertThat(
            rule.check(
                List.of(
                    publish("server.port", 1, PortCandidate.APPLICATION_SCOPE, 8080),
                    publish("grpc.server.port", 2, PortCandidate.APPLICATION_SCOPE, 8080))))
        .isEmpty();
    assertThat(
            new DuplicatePortRule()
                .check(
                    List.of(
                        publish("server.port", 1, PortCandidate.APPLICATION_SCOPE, 8080),
                        publish("grpc.server.port", 2, PortCandidate.APPLICATION_SCOPE, 8080))))
        .hasSize(1);
  }
}
