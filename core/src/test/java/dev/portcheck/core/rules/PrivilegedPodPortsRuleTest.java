package dev.portcheck.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.findings.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivilegedPodPortsRuleTest {
  private final PrivilegedPodPortsRule rule = new PrivilegedPodPortsRule();

  private static String deployment(String name, int port) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: %s}
        spec:
          template:
            spec:
              containers:
              - name: %s
                image: example/%s
                ports:
                - containerPort: %d
        """
        .formatted(name, name, name, port);
  }

  @Test
  void oneInfoPerModuleNamesTheRuntimeConditionAndTheOtherPorts() {
    List<PortCandidate> all = new ArrayList<>();
    all.addAll(ConfigText.candidates("a.yaml", deployment("a", 80)));
    all.addAll(ConfigText.candidates("b.yaml", deployment("b", 443)));
    all.addAll(ConfigText.candidates("c.yaml", deployment("c", 8080)));
    assertThat(rule.check(all))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("privileged-port");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.file()).isEqualTo("a.yaml");
              assertThat(f.line()).isEqualTo(11);
              assertThat(f.message())
                  .startsWith("container port 80 (system range 0-1023) and 1 more in this module")
                  .contains("b.yaml:11")
                  .contains("ip_unprivileged_port_start");
            });
  }

  @Test
  void aContainerThatAddsTheBindCapabilityCanBindOnAnyRuntime() {
    String controller =
        deployment("ingress", 80)
            + """
                    securityContext:
                      runAsNonRoot: true
                      runAsUser: 101
                      capabilities:
                        drop: [ALL]
                        add: [NET_BIND_SERVICE]
            """;
    assertThat(rule.check(ConfigText.candidates("ingress.yaml", controller))).isEmpty();
  }

  @Test
  void silentWithoutPrivilegedPodPorts() {
    assertThat(rule.check(ConfigText.candidates("c.yaml", deployment("c", 8080)))).isEmpty();
    String compose =
        """
        services:
          web:
            image: nginx
            expose: ["80"]
        """;
    assertThat(rule.check(ConfigText.candidates("docker-compose.yml", compose))).isEmpty();
  }
}
