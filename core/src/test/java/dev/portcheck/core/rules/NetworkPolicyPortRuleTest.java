package dev.portcheck.core.rules;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.WiringFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkPolicyPortRuleTest {
  private static final String APP =
      lines(
          "apiVersion: apps/v1",
          "kind: Deployment",
          "metadata: {name: repo-server}",
          "spec:",
          "  selector: {matchLabels: {app: repo-server}}",
          "  template:",
          "    metadata: {labels: {app: repo-server}}",
          "    spec:",
          "      containers:",
          "      - name: repo-server",
          "        image: acme/repo:1",
          "        ports: [{name: server, containerPort: 8081}, {name: metrics, containerPort: 8084}]",
          "---",
          "apiVersion: v1",
          "kind: Service",
          "metadata: {name: repo-server}",
          "spec:",
          "  selector: {app: repo-server}",
          "  ports: [{name: server, port: 8081, targetPort: 8081}]");

  private static final String POLICY =
      lines(
          "apiVersion: networking.k8s.io/v1",
          "kind: NetworkPolicy",
          "metadata: {name: repo-server-network-policy}",
          "spec:",
          "  podSelector: {matchLabels: {app: repo-server}}",
          "  policyTypes: [Ingress]",
          "  ingress:",
          "  - from: [{podSelector: {matchLabels: {app: server}}}]",
          "    ports:",
          "    - {protocol: TCP, port: PORT}",
          "    - {protocol: TCP, port: 8084}");

  private static List<Finding> check(String policy) {
    return new NetworkPolicyPortRule()
        .check(WiringFixture.with("k8s/app.yaml", APP).and("k8s/np.yaml", policy).model());
  }

  @Test
  void aPolicyAdmittingNoneOfTheTargetsDropsTheServicesTraffic() {
    assertThat(check(POLICY.replace("PORT", "8082")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("k8s/np.yaml");
              assertThat(f.line()).isEqualTo(10);
              assertThat(f.message())
                  .contains(
                      "NetworkPolicy 'repo-server-network-policy' (k8s/np.yaml:2) admits 8082/tcp, 8084/tcp")
                  .contains("sends its port 8081 to 8081 ('server'), which no rule admits");
            });
  }

  @Test
  void aRuleAdmitsByNumberByNameByRangeOrWithoutPorts() {
    assertThat(check(POLICY.replace("PORT", "8081"))).isEmpty();
    assertThat(check(POLICY.replace("PORT", "server"))).isEmpty();
    assertThat(check(POLICY.replace("port: PORT", "port: 8000, endPort: 8090"))).isEmpty();
    assertThat(check(POLICY.replace("PORT", "8082") + "\n  - from: [{namespaceSelector: {}}]"))
        .isEmpty();
    // A UDP rule does not admit the TCP target.
    assertThat(
            check(
                POLICY
                    .replace("PORT", "8081")
                    .replace("{protocol: TCP, port: 8081", "{protocol: UDP, port: 8081")))
        .hasSize(1);
  }

  @Test
  void silentWhereAPolicyShowsNoRuleOrSelectsOtherPods() {
    String denyOrAllowAll =
        lines(
            "apiVersion: networking.k8s.io/v1",
            "kind: NetworkPolicy",
            "metadata: {name: all}",
            "spec:",
            "  podSelector: {}",
            "  ingress:",
            "  - {}");
    assertThat(
            new NetworkPolicyPortRule()
                .check(
                    WiringFixture.with("k8s/app.yaml", APP)
                        .and("k8s/np.yaml", POLICY.replace("PORT", "8082"))
                        .and("k8s/all.yaml", denyOrAllowAll)
                        .model()))
        .isEmpty();
    assertThat(
            check(
                POLICY
                    .replace("PORT", "8082")
                    .replace("app: repo-server}}\n  policyTypes", "app: other}}\n  policyTypes")))
        .isEmpty();
    assertThat(check(POLICY.replace("PORT", "8082").replace("[Ingress]", "[Egress]"))).isEmpty();
  }

  @Test
  void aRuleWrittenWithTheServicesOwnPortIsWhereTheFindingGoes() {
    String webhook =
        APP.replace(
            "  ports: [{name: server, port: 8081, targetPort: 8081}]",
            "  ports: [{name: server, port: 443, targetPort: 8081}]");
    String metrics =
        POLICY.replace("PORT", "8084").replace("repo-server-network-policy", "metrics");
    String admitsServicePort =
        lines(
            "apiVersion: networking.k8s.io/v1",
            "kind: NetworkPolicy",
            "metadata: {name: webhook}",
            "spec:",
            "  podSelector: {matchLabels: {app: repo-server}}",
            "  ingress:",
            "  - ports:",
            "    - {port: 443, protocol: TCP}");
    assertThat(
            new NetworkPolicyPortRule()
                .check(
                    WiringFixture.with("k8s/app.yaml", webhook)
                        .and("k8s/metrics.yaml", metrics)
                        .and("k8s/webhook.yaml", admitsServicePort)
                        .model()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("k8s/webhook.yaml");
              assertThat(f.message()).contains("not the Service's");
            });
  }
}
