package dev.portcheck.core.rules;

import static dev.portcheck.core.rules.RuleTestSupport.candidate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.Role;
import org.junit.jupiter.api.Test;

class KubernetesPortRuleTest {
  private final KubernetesPortRule rule = new KubernetesPortRule();
  private static final String K8S = "k8s:svc.yaml#0";

  @Test
  void nodePortOutsideTheRangeIsRejected() {
    assertThat(rule.check(candidate("spec.ports[0].nodePort", Role.LISTEN, K8S, "8080")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("30000-32767"));
    assertThat(rule.check(candidate("spec.ports[0].nodePort", Role.LISTEN, K8S, "30080")))
        .isEmpty();
    assertThat(
            new KubernetesPortRule(new PortInterval(20000, 40000))
                .check(candidate("spec.ports[0].nodePort", Role.LISTEN, K8S, "35000")))
        .isEmpty();
  }

  @Test
  void containerPortZeroIsRejectedButHostPortZeroMeansUnset() {
    assertThat(
            rule.check(
                candidate("spec.containers[0].ports[0].containerPort", Role.LISTEN, K8S, "0")))
        .hasSize(1);
    assertThat(rule.check(candidate("spec.containers[0].ports[0].hostPort", Role.LISTEN, K8S, "0")))
        .isEmpty();
  }

  @Test
  void onlyKubernetesObjectsAreChecked() {
    assertThat(rule.check(candidate("nodePort", Role.LISTEN, "app", "8080"))).isEmpty();
  }

  @Test
  void aHeadlessServiceWithTargetPortZeroIsAccepted() {
    String service =
        """
        apiVersion: v1
        kind: Service
        metadata: {name: dispatch}
        spec:
          clusterIP: None
          ports:
          - name: headless
            port: 55555
            targetPort: 0
        """;
    assertThat(ConfigText.findings(rule, "svc.yaml", service)).isEmpty();
    assertThat(ConfigText.findings(rule, "svc.yaml", service.replace("55555", "0")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("Service port 0 is rejected"));
  }
}
