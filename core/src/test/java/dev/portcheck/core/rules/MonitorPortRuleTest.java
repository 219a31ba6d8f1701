package dev.portcheck.core.rules;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.WiringFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonitorPortRuleTest {
  private static final String SERVICE =
      lines(
          "apiVersion: v1",
          "kind: Service",
          "metadata:",
          "  name: alertmanager-main",
          "  namespace: monitoring",
          "  labels: {app.kubernetes.io/name: alertmanager}",
          "spec:",
          "  selector: {app.kubernetes.io/name: alertmanager}",
          "  ports:",
          "  - {name: web, port: 9093, targetPort: web}",
          "  - {name: reloader-web, port: 8080, targetPort: reloader-web}");

  private static final String MONITOR =
      lines(
          "apiVersion: monitoring.coreos.com/v1",
          "kind: ServiceMonitor",
          "metadata: {name: alertmanager-main, namespace: monitoring}",
          "spec:",
          "  selector:",
          "    matchLabels: {app.kubernetes.io/name: alertmanager}",
          "  endpoints:",
          "  - port: web",
          "  - port: PORT");

  private static List<Finding> check(String service, String monitor) {
    return new MonitorPortRule()
        .check(WiringFixture.with("k8s/svc.yaml", service).and("k8s/sm.yaml", monitor).model());
  }

  @Test
  void anEndpointPortIsTheNameOfAPortOfTheSelectedServices() {
    assertThat(check(SERVICE, MONITOR.replace("PORT", "reloader")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("k8s/sm.yaml");
              assertThat(f.line()).isEqualTo(9);
              assertThat(f.message())
                  .contains("ServiceMonitor 'alertmanager-main' endpoint port 'reloader'")
                  .contains("Service 'alertmanager-main' (k8s/svc.yaml:2)")
                  .contains("'web', 'reloader-web'");
            });
    assertThat(check(SERVICE, MONITOR.replace("PORT", "reloader-web"))).isEmpty();
  }

  @Test
  void silentWhereTheSelectedServicesMayBeElsewhere() {
    // No Service of the tree matches: the operator's own or another chart's may.
    assertThat(
            check(
                SERVICE.replace("name: alertmanager}", "name: other}"),
                MONITOR.replace("PORT", "reloader")))
        .isEmpty();
    // Another namespace is not watched.
    assertThat(
            check(
                SERVICE.replace("namespace: monitoring", "namespace: apps"),
                MONITOR.replace("PORT", "reloader")))
        .isEmpty();
    // A selector with expressions is not read.
    assertThat(
            check(
                SERVICE,
                MONITOR
                    .replace("PORT", "reloader")
                    .replace(
                        "    matchLabels:",
                        "    matchExpressions: [{key: a, operator: Exists}]\n    matchLabels:")))
        .isEmpty();
  }

  @Test
  void aPodMonitorPortIsTheNameOfAContainerPortOfTheSelectedPods() {
    String deployment =
        lines(
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata: {name: api}",
            "spec:",
            "  template:",
            "    metadata: {labels: {app: api}}",
            "    spec:",
            "      containers:",
            "      - name: api",
            "        image: acme/api:1",
            "        ports: [{name: metrics, containerPort: 9090}]");
    String monitor =
        lines(
            "apiVersion: monitoring.coreos.com/v1",
            "kind: PodMonitor",
            "metadata: {name: api}",
            "spec:",
            "  selector: {matchLabels: {app: api}}",
            "  podMetricsEndpoints:",
            "  - port: PORT");
    assertThat(check(deployment, monitor.replace("PORT", "http-metrics")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("names no container port"));
    assertThat(check(deployment, monitor.replace("PORT", "metrics"))).isEmpty();
  }
}
