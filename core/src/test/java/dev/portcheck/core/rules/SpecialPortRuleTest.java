package dev.portcheck.core.rules;

import static dev.portcheck.core.rules.RuleTestSupport.candidate;
import static dev.portcheck.core.rules.RuleTestSupport.listen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecialPortRuleTest {
  private final SpecialPortRule rule = new SpecialPortRule();

  private List<Finding> check(PortCandidate... candidates) {
    return rule.check(List.of(candidates));
  }

  private static PortCandidate eureka() {
    return candidate("eureka.client.serviceUrl.defaultZone", Role.CONNECT, "app", "8761");
  }

  @Test
  void anotherProgramsServerKeyNamesNoFramework() {
    // Promtail's own config: server.* there is not Spring Boot's.
    assertThat(
            rule.check(
                ConfigText.candidates(
                    "config/promtail.yaml",
                    "server:\n  http_listen_port: 9080\n  grpc_listen_port: 0\n")))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo("port 0 asks the operating system for a random free port"));
  }

  @Test
  void namesSpringBootForItsKeys() {
    assertThat(check(listen("server.port", "0")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message()).contains("Spring Boot").contains("random free port");
            });
    assertThat(check(listen("server.port", "-1")))
        .singleElement()
        .satisfies(
            f -> assertThat(f.message()).isEqualTo("port -1: Spring Boot starts no web server"));
    assertThat(check(listen("management.server.port", "-1")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("actuator").doesNotContain("Micronaut"));
  }

  @Test
  void namesMicronautAndQuarkusForTheirs() {
    assertThat(check(listen("micronaut.server.port", "-1")))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith("port -1: Micronaut picks a random free port")
                    .doesNotContain("Spring"));
    assertThat(check(listen("MICRONAUT_SERVER_PORT", "-1")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("Micronaut"));
    assertThat(check(listen("quarkus.http.port", "0")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("Quarkus"));
  }

  @Test
  void aKeyOfNoKnownFrameworkKeepsBothMeanings() {
    assertThat(check(listen("http.listen.port", "-1")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("Spring Boot").contains("Micronaut"));
  }

  @Test
  void silentOnARandomPortOfAnApplicationThatRegistersWithARegistry() {
    assertThat(check(listen("micronaut.server.port", "-1"), eureka())).isEmpty();
    assertThat(check(listen("server.port", "0"), eureka())).isEmpty();
    assertThat(
            check(
                listen("micronaut.server.port", "-1"),
                candidate("consul.client.defaultZone", Role.CONNECT, "app", "8500")))
        .isEmpty();
    assertThat(
            check(
                listen("server.port", "0"),
                candidate("spring.cloud.consul.port", Role.CONNECT, "app", "8500")))
        .isEmpty();
    assertThat(
            check(
                listen("server.port", "0"),
                candidate(
                    "spring.cloud.kubernetes.discovery.discovery-server-url",
                    Role.CONNECT,
                    "app",
                    "8761")))
        .isEmpty();
  }

  @Test
  void aRegistryDoesNotExplainAServerTurnedOffNorAnotherFilesScope() {
    // -1 on Spring Boot is no random port: the server is off, discovery or not
    assertThat(check(listen("server.port", "-1"), eureka())).hasSize(1);
    // a registry named outside the application's configuration (a compose file) says nothing
    assertThat(
            check(
                listen("micronaut.server.port", "-1"),
                candidate(
                    "eureka.client.serviceUrl.defaultZone", Role.CONNECT, "compose:x", "8761")))
        .hasSize(1);
  }

  @Test
  void quarkusTestPortZeroIsTheDocumentedIdiom() {
    assertThat(check(listen("quarkus.http.test-port", "0"))).isEmpty();
    assertThat(check(listen("quarkus.http.test-ssl-port", "0"))).isEmpty();
  }

  @Test
  void ordinaryPortsAreNotSpecial() {
    assertThat(check(listen("server.port", "8080"))).isEmpty();
  }
}
