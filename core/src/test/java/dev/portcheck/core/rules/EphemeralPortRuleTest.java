package dev.portcheck.core.rules;

import static dev.portcheck.core.rules.RuleTestSupport.candidate;
import static dev.portcheck.core.rules.RuleTestSupport.listen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.findings.Severity;
import org.junit.jupiter.api.Test;

class EphemeralPortRuleTest {
  private final EphemeralPortRule rule = new EphemeralPortRule();

  @Test
  void saysWhichRangeHoldsThePort() {
    assertThat(rule.check(listen("server.port", "40000")))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("OS client port range 32768-60999")
                    .doesNotContain("IANA dynamic"));
    assertThat(rule.check(listen("server.port", "50000")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("and the IANA dynamic range"));
    assertThat(rule.check(listen("server.port", "62000")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message())
                  .contains("IANA dynamic range 49152-65535")
                  .contains("outside the OS client port range 32768-60999");
              // Taken only on hosts that hand out the IANA range: not the configured hosts.
              assertThat(f.severity()).isEqualTo(Severity.INFO);
            });
    assertThat(rule.check(listen("server.port", "50000")))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void aPortOfAnotherProtocolThanTcpSaysSo() {
    dev.portcheck.core.candidates.PortCandidate udp =
        dev.portcheck.core.candidates.TestCandidates.of(
            "app.properties",
            3,
            10,
            0,
            "syslog.port",
            "50000",
            "",
            "app",
            Role.LISTEN,
            dev.portcheck.core.candidates.Protocol.UDP,
            "",
            java.util.List.of(
                dev.portcheck.core.candidates.PortLiteral.parse(
                    "50000",
                    3,
                    10,
                    dev.portcheck.core.candidates.PortLiteral.Origin.LITERAL,
                    dev.portcheck.core.candidates.PortLiteral.Side.SELF)),
            "");
    assertThat(rule.check(udp))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("listens on port 50000/udp ("));
    assertThat(rule.check(listen("server.port", "50000")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("listens on port 50000 ("));
  }

  @Test
  void ordinaryListenersAndClientsAreFine() {
    assertThat(rule.check(listen("server.port", "8080"))).isEmpty();
    assertThat(rule.check(candidate("spring.redis.port", Role.CONNECT, "app", "40000"))).isEmpty();
  }

  @Test
  void theClientRangeIsConfigurable() {
    assertThat(
            new EphemeralPortRule(new PortInterval(1024, 65535))
                .check(listen("server.port", "8080")))
        .hasSize(1);
  }

  @Test
  void onlyTheHostSharesItsClientPortsWithAListener() {
    String pod =
        """
        apiVersion: v1
        kind: Pod
        metadata: {name: grpc}
        spec:
          containers:
          - name: grpc
            image: example/grpc
            ports:
            - containerPort: 50051
        """;
    assertThat(ConfigText.findings(rule, "pod.yaml", pod)).isEmpty();
    String compose =
        """
        services:
          grpc:
            image: example/grpc
            ports: ["50051:50051"]
        """;
    assertThat(ConfigText.findings(rule, "docker-compose.yml", compose))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith("publishes host port 50051")
                    .contains("outgoing connection on the host"));
  }
}
