package dev.portcheck.core.rules;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.WiringFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientPortRuleTest {
  static final String DB =
      lines(
          "apiVersion: v1",
          "kind: Service",
          "metadata: {name: user-db, namespace: shop}",
          "spec: {selector: {app: db}, ports: [{port: 27017}]}");

  private static List<Finding> check(String value) {
    String pod =
        lines(
            "apiVersion: v1",
            "kind: Pod",
            "metadata: {name: user, namespace: shop}",
            "spec:",
            "  containers:",
            "  - name: user",
            "    env:",
            "    - name: MONGO",
            "      value: " + value,
            "---",
            "apiVersion: v1",
            "kind: ConfigMap",
            "metadata: {name: c, namespace: shop}",
            "data:",
            "  url: " + value);
    return new ClientPortRule()
        .check(WiringFixture.with("db.yaml", DB).and("user.yaml", pod).model());
  }

  @Test
  void anAddressAtAPortTheServiceDoesNotServeIsAWarningInEnvAndConfigMaps() {
    assertThat(check("user-db:27018"))
        .hasSize(2)
        .allSatisfy(f -> assertThat(f.message()).contains("db.yaml:2").contains("27017"));
    assertThat(check("mongodb://user-db.shop.svc.cluster.local:27018/users")).hasSize(2);
  }

  @Test
  void anAddressTheCommandLineHandsTheProcessIsDialedToo() {
    String pod =
        lines(
            "apiVersion: v1",
            "kind: Pod",
            "metadata: {name: proxy, namespace: shop}",
            "spec:",
            "  containers:",
            "  - name: proxy",
            "    command: [proxy, --default-addr, user-db:27018, --listen=:8080]",
            "    args: [\"--fallback=mongodb://user-db:27017\"]");
    assertThat(
            new ClientPortRule()
                .check(WiringFixture.with("db.yaml", DB).and("proxy.yaml", pod).model()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message()).startsWith("'--default-addr' dials user-db:27018");
              assertThat(f.line()).isEqualTo(7);
            });
  }

  @Test
  void silentForServedPortsOtherNamespacesAndUnknownHosts() {
    assertThat(check("user-db:27017")).isEmpty();
    assertThat(check("user-db.other:27018")).isEmpty();
    assertThat(check("example.com:27018")).isEmpty();
    assertThat(check("http://user-db/")).isEmpty();
  }

  @Test
  void aHeadlessServiceLeadsToThePodsOwnPorts() {
    String headless =
        lines(
            "apiVersion: v1",
            "kind: Service",
            "metadata: {name: user-db, namespace: shop}",
            "spec: {clusterIP: None, selector: {app: db}, ports: [{port: 27017}]}");
    String pod =
        lines(
            "apiVersion: v1",
            "kind: Pod",
            "metadata: {name: user, namespace: shop}",
            "spec: {containers: [{name: u, env: [{name: M, value: 'user-db:27018'}]}]}");
    assertThat(
            new ClientPortRule()
                .check(WiringFixture.with("db.yaml", headless).and("user.yaml", pod).model()))
        .isEmpty();
  }
}
