package dev.portcheck.core.rules;

import static dev.portcheck.core.findings.FindingAssertions.assertOnlyFindingOf;
import static dev.portcheck.core.rules.RuleTestSupport.candidate;
import static dev.portcheck.core.rules.RuleTestSupport.listen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.Role;
import org.junit.jupiter.api.Test;

class PrivilegedPortRuleTest {
  private final PrivilegedPortRule rule = new PrivilegedPortRule();

  @Test
  void warnsOnListenersBelow1024() {
    assertOnlyFindingOf(
        "privileged-port",
        rule.check(listen("server.port", "636")),
        "privileged port 636 (system range 0-1023)");
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

  @Test
  void aPublishedHostPortIsBoundByTheEngineNotTheProcess() {
    String compose =
        """
        services:
          web:
            image: nginx:1.27
            ports: ["80:80", "443:8443"]
            expose: ["80"]
        """;
    assertThat(ConfigText.findings(rule, "docker-compose.yml", compose)).isEmpty();
  }

  @Test
  void aPodPortSaysNothingPerPortUnlessItsProcessCannotBindIt() {
    String open =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              containers:
              - name: web
                image: nginx
                ports:
                - containerPort: 80
        """;
    assertThat(ConfigText.findings(rule, "web.yaml", open)).isEmpty();
    String locked =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              securityContext:
                runAsNonRoot: true
              containers:
              - name: web
                image: nginx
                ports:
                - containerPort: 80
                securityContext:
                  capabilities:
                    drop: [ALL]
        """;
    assertThat(ConfigText.findings(rule, "web.yaml", locked))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(13);
              assertThat(f.message())
                  .startsWith("container port 80 (system range 0-1023) of a process that runs")
                  .contains("CRI-O by default");
            });
    String withCapability =
        locked.replace("drop: [ALL]", "drop: [ALL]\n            add: [NET_BIND_SERVICE]");
    assertThat(ConfigText.findings(rule, "web.yaml", withCapability)).isEmpty();
  }

  @Test
  void aServicePortIsAVirtualAddress() {
    String service =
        """
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          ports:
          - port: 80
            targetPort: 8080
        """;
    assertThat(ConfigText.findings(rule, "svc.yaml", service)).isEmpty();
  }
}
