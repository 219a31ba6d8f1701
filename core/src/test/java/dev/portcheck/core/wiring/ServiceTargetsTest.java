package dev.portcheck.core.wiring;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceTargetsTest {
  private static WiringModel model(String args, String target) {
    return WiringFixture.with(
            "k8s/app.yaml",
            lines(
                "apiVersion: apps/v1",
                "kind: Deployment",
                "metadata: {name: x}",
                "spec:",
                "  template:",
                "    metadata: {labels: {app: x}}",
                "    spec:",
                "      containers:",
                "      - name: x",
                "        args: [" + args + "]",
                "        ports: [{name: http, containerPort: 19115}]",
                "---",
                "apiVersion: v1",
                "kind: Service",
                "metadata: {name: x}",
                "spec: {selector: {app: x}, ports: [{port: 80, targetPort: " + target + "}]}"))
        .model();
  }

  private static EdgeState state(WiringModel m) {
    KubeService s = m.services().get(0);
    return ServiceTargets.state(m.selected(s), s, s.ports().get(0));
  }

  @Test
  void aDeclaredTargetLandsUnlessTheMainListenerMovedAway() {
    assertThat(state(model("'--web.listen-address=:19115'", "http"))).isEqualTo(EdgeState.OK);
    WiringModel moved = model("'--web.listen-address=:19116'", "http");
    assertThat(state(moved)).isEqualTo(EdgeState.BROKEN);
    assertThat(
            ServiceTargets.movedTarget(
                moved.selected(moved.services().get(0)).workloads(),
                moved.services().get(0).ports().get(0)))
        .hasValueSatisfying(m -> assertThat(m.by().port()).isEqualTo(19116));
  }

  @Test
  void aNameNoContainerDeclaresIsBroken() {
    assertThat(state(model("", "metrics"))).isEqualTo(EdgeState.BROKEN);
  }
}
