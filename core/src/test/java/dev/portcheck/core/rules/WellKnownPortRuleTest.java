package dev.portcheck.core.rules;

import static dev.portcheck.core.rules.RuleTestSupport.candidate;
import static dev.portcheck.core.rules.RuleTestSupport.listen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.registry.HostServices;
import dev.portcheck.core.registry.PortRegistry;
import org.junit.jupiter.api.Test;

class WellKnownPortRuleTest {
  private final WellKnownPortRule rule =
      new WellKnownPortRule(HostServices.standard(), PortRegistry::standard, WellKnownPorts.HOST);
  private final WellKnownPortRule iana =
      new WellKnownPortRule(HostServices.standard(), PortRegistry::standard, WellKnownPorts.IANA);

  @Test
  void aHostProcessOnAPortHostsHaveTakenIsNamed() {
    assertThat(rule.check(listen("management.server.port", "22")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message())
                  .startsWith("listens on port 22/tcp (system range 0-1023) on the host: sshd");
            });
    assertThat(rule.check(listen("debug.port", "53"))).hasSize(1);
  }

  @Test
  void registeredNamesNobodyRunsSayNothingUnlessAskedFor() {
    assertThat(rule.check(listen("server.port", "8081"))).isEmpty();
    assertThat(rule.check(listen("server.port", "8888"))).isEmpty();
    assertThat(iana.check(listen("server.port", "8081")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message()).contains("IANA registers it to sunproxyadmin");
            });
  }

  @Test
  void aLocalDatabasePortIsAnInfo() {
    assertThat(rule.check(listen("server.port", "5432")))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
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

  @Test
  void composePublishingHost53NamesTheStubResolver() {
    String compose =
        """
        services:
          dns:
            image: example/resolver
            ports:
              - "53:53/udp"
              - "127.0.0.2:53:53/udp"
        """;
    assertThat(ConfigText.findings(rule, "docker-compose.yml", compose))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(5);
              assertThat(f.message())
                  .isEqualTo(
                      "publishes host port 53/udp (system range 0-1023): on hosts running"
                          + " systemd-resolved (Ubuntu, Fedora) 127.0.0.53:53 is taken; bind"
                          + " another host address or free the stub resolver"
                          + " (DNSStubListener=no)");
            });
  }

  @Test
  void aServicesOwnImageOnItsPortIsNoClash() {
    String compose =
        """
        services:
          db:
            image: docker.io/library/postgres:18.3
            ports: ["5432:5432"]
          cache:
            image: redis:7
            ports: ["6379:6379"]
        """;
    assertThat(ConfigText.findings(rule, "compose.yaml", compose)).isEmpty();
  }

  @Test
  void portsInsideContainersAndPodsAreNeverJudged() {
    String pod =
        """
        apiVersion: v1
        kind: Pod
        metadata: {name: tools}
        spec:
          containers:
          - name: tools
            image: example/tools
            ports:
            - containerPort: 22
            - containerPort: 9092
        """;
    assertThat(ConfigText.findings(rule, "pod.yaml", pod)).isEmpty();
    String compose =
        """
        services:
          tools:
            image: example/tools
            expose: ["22"]
            ports: ["2222:22"]
        """;
    assertThat(ConfigText.findings(rule, "docker-compose.yml", compose)).isEmpty();
  }

  @Test
  void aServerConfiguredByItsOwnFileIsThatService() {
    String broker = "process.roles=broker\nnode.id=2\nlisteners=PLAINTEXT://localhost:9092\n";
    assertThat(ConfigText.findings(rule, "config/kraft/broker.properties", broker)).isEmpty();
    assertThat(ConfigText.findings(rule, "config/app.properties", "listeners=PLAINTEXT://:9092\n"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("a local Kafka broker"));
  }

  @Test
  void anUnknownImageMayBeThatDatabaseAndAnyBrokerIsThatBroker() {
    String compose =
        """
        services:
          broker:
            image: ${IMAGE}
            ports: ["9092:9092"]
          artemis:
            image: quay.io/artemiscloud/activemq-artemis-broker:0.1.2
            ports: ["5672:5672"]
        """;
    assertThat(ConfigText.findings(rule, "docker-compose.yml", compose)).isEmpty();
  }

  @Test
  void aHostPortOnAnHttpPortIsAWebServer() {
    String pod =
        """
        apiVersion: v1
        kind: Pod
        metadata: {name: ghost}
        spec:
          containers:
          - name: ghost
            image: ghost:0.7.1
            ports:
            - containerPort: 2368
              hostPort: 80
            - containerPort: 2222
              hostPort: 22
        """;
    assertThat(ConfigText.findings(rule, "pod.yaml", pod))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith("binds port 22/tcp (system range 0-1023) on the node"));
  }
}
