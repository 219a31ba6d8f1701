package dev.portcheck.core.wiring;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InjectedSidecarsTest {
  private static Workload pod(String annotations, String ports) {
    return WiringFixture.with(
            "pod.yaml",
            lines(
                "apiVersion: v1",
                "kind: Pod",
                "metadata:",
                "  name: p",
                "  annotations: " + annotations,
                "spec:",
                "  containers:",
                "  - name: app",
                "    ports: " + ports))
        .model()
        .workloads()
        .get(0);
  }

  @Test
  void daprsAppPortIsALocalDialOfItsSidecar() {
    Workload w =
        pod("{dapr.io/enabled: 'true', dapr.io/app-port: '3000'}", "[{containerPort: 80}]");
    assertThat(w.injectedDials())
        .singleElement()
        .satisfies(s -> assertThat(s.value()).isEqualTo("localhost:3000"));
    assertThat(InjectedSidecars.unserved(w))
        .singleElement()
        .satisfies(u -> assertThat(u.declared()).isEqualTo("80"));
    assertThat(pod("{dapr.io/app-port: '3000'}", "[{containerPort: 80}]").injectedDials())
        .isEmpty();
  }

  @Test
  void aPortTheAppBindsByFlagServesTheSidecar() {
    Workload w =
        pod(
            "{dapr.io/enabled: 'true', dapr.io/app-port: '3000'}",
            "[{containerPort: 80}]\n    args: ['--port=3000']");
    assertThat(InjectedSidecars.unserved(w)).isEmpty();
  }
}
