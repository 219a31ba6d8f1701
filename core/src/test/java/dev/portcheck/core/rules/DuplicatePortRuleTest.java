package dev.portcheck.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.candidates.PortLiteral.Origin;
import dev.portcheck.core.candidates.PortLiteral.Side;
import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.candidates.TestCandidates;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DuplicatePortRuleTest {
  /** duplicate-port as the engine runs it: the file part on each file, the project part on all. */
  private static List<Finding> check(List<PortCandidate> candidates) {
    List<Finding> found = new ArrayList<>(new DuplicatePortRule().check(candidates));
    candidates.stream()
        .sorted(PortCandidate.ORDER)
        .collect(Collectors.groupingBy(PortCandidate::file, TreeMap::new, Collectors.toList()))
        .values()
        .forEach(file -> found.addAll(new DuplicatePortInFileRule().check(file)));
    return found;
  }

  private static PortCandidate bind(
      String key,
      int line,
      String profile,
      String scope,
      Protocol protocol,
      String hostIp,
      Side side,
      int port) {
    return TestCandidates.of(
        "application.properties",
        line,
        13,
        0,
        key,
        "" + port,
        profile,
        scope,
        side == Side.HOST ? Role.MAPPING : Role.LISTEN,
        protocol,
        hostIp,
        List.of(PortLiteral.parse("" + port, line, 13, Origin.LITERAL, side)),
        "");
  }

  private static PortCandidate listen(String key, int line, String profile, int port) {
    return bind(key, line, profile, "app", Protocol.TCP, "", Side.SELF, port);
  }

  @Test
  void twoListenersOnOnePortClashAtTheSecond() {
    assertThat(
            check(
                List.of(
                    listen("server.port", 1, "", 9090), listen("grpc.server.port", 2, "", 9090))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(2);
              assertThat(f.message())
                  .contains("already bound by application.properties:1 server.port");
            });
  }

  /**
   * The application's files share one scope whatever order the list comes in; a scope named after
   * its file (a compose project) is checked when its file ends, and still finds its clash.
   */
  @Test
  void theApplicationScopeSpansFilesAndAFileScopeEndsWithItsFile() {
    PortCandidate yaml = listen("server.port", 3, "", 8080);
    PortCandidate properties =
        TestCandidates.of(
            "application.yml",
            7,
            5,
            0,
            "grpc.server.port",
            "8080",
            "",
            PortCandidate.APPLICATION_SCOPE,
            Role.LISTEN,
            Protocol.TCP,
            "",
            List.of(PortLiteral.parse("8080", 7, 5, Origin.LITERAL, Side.SELF)),
            "");
    PortCandidate web = bind("web", 2, "", "compose:b.yml", Protocol.TCP, "", Side.HOST, 80);
    PortCandidate api = bind("api", 4, "", "compose:b.yml", Protocol.TCP, "", Side.HOST, 80);
    List<Finding> found = check(List.of(properties, api, yaml, web)); // not in report order
    assertThat(found)
        .extracting(f -> f.file() + ":" + f.line() + " " + f.key())
        .containsExactlyInAnyOrder(
            "application.yml:7 grpc.server.port", "application.properties:4 api");
  }

  @Test
  void profilesCompareTheirEffectiveConfiguration() {
    // dev overrides server.port: no clash; test adds a second listener on the default's port: clash
    List<PortCandidate> all =
        List.of(
            listen("server.port", 1, "", 8080),
            listen("server.port", 5, "dev", 8080),
            listen("admin.server.port", 9, "test", 8080),
            listen("admin.server.port", 12, "prod", 9000));
    assertThat(check(all)).singleElement().satisfies(f -> assertThat(f.line()).isEqualTo(9));
  }

  @Test
  void differentProtocolsAddressesAndScopesDoNotClash() {
    assertThat(
            check(
                List.of(
                    bind("a", 1, "", "compose:c.yml", Protocol.TCP, "", Side.HOST, 53),
                    bind("b", 2, "", "compose:c.yml", Protocol.UDP, "", Side.HOST, 53),
                    bind("c", 3, "", "compose:c.yml", Protocol.TCP, "127.0.0.1", Side.HOST, 8080),
                    bind("d", 4, "", "compose:c.yml", Protocol.TCP, "192.168.1.5", Side.HOST, 8080),
                    bind("e", 5, "", "k8s:a.yml#0", Protocol.TCP, "", Side.SELF, 8080),
                    bind("f", 6, "", "k8s:a.yml#1", Protocol.TCP, "", Side.SELF, 8080))))
        .isEmpty();
  }

  @Test
  void aWildcardAddressCoversEveryAddress() {
    assertThat(
            check(
                List.of(
                    bind("a", 1, "", "compose:c.yml", Protocol.TCP, "0.0.0.0", Side.HOST, 8080),
                    bind("b", 2, "", "compose:c.yml", Protocol.TCP, "127.0.0.1", Side.HOST, 8080))))
        .hasSize(1);
  }

  @Test
  void advertisedListenersAreNotBindings() {
    assertThat(
            check(
                List.of(
                    listen("listeners", 1, "", 9092),
                    listen("advertised.listeners", 2, "", 9092),
                    listen("KAFKA_ADVERTISED_LISTENERS", 3, "", 9092),
                    // A 'v' before the one of "advertised".
                    listen("service.v2.advertised.port", 4, "", 9092))))
        .isEmpty();
    // "advertised" must be whole: these two bind and clash.
    assertThat(
            check(
                List.of(
                    listen("server.port", 1, "", 8080),
                    listen("vertised.server.port", 2, "", 8080))))
        .hasSize(1);
  }

  @Test
  void aComposeProfilesServiceBesideOneOutsideItIsAWarning() {
    List<Finding> found =
        check(
            ConfigText.candidates(
                "docker-compose.yml",
                String.join(
                    "\n",
                    "services:",
                    "  nginx:",
                    "    image: nginx:alpine",
                    "    ports: [\"80:80\"]",
                    "  certbot-init:",
                    "    image: certbot/certbot",
                    "    profiles: [acme-init]",
                    "    ports: [\"80:80\"]",
                    "  web:",
                    "    image: example/web:1",
                    "    ports: [\"80:8080\"]",
                    "")));
    assertThat(found)
        .extracting(Finding::line, Finding::severity)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(8, Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(11, Severity.ERROR));
    assertThat(found)
        .filteredOn(f -> f.line() == 8)
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("profile 'acme-init'"));
  }
}
