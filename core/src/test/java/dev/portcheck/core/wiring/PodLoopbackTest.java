package dev.portcheck.core.wiring;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PodLoopbackTest {
  private static List<PodLoopback.Unserved> of(String... containers) {
    String pod =
        lines("apiVersion: v1", "kind: Pod", "metadata: {name: p}", "spec:", "  containers:")
            + lines(containers);
    return PodLoopback.of(WiringFixture.with("pod.yaml", pod).model().workloads().get(0));
  }

  @Test
  void aSidecarDialsTheMainContainerOnLoopback() {
    String main = "  - {name: app, args: [\"--web.listen-address=127.0.0.1:9100\"]}";
    assertThat(of(main, "  - {name: proxy, args: [\"--upstream=http://127.0.0.1:9100/\"]}"))
        .isEmpty();
    assertThat(of(main, "  - {name: proxy, args: [\"--upstream=http://localhost:9101/\"]}"))
        .singleElement()
        .satisfies(u -> assertThat(u.listeners()).contains("'app' on 9100"));
  }

  @Test
  void aPodOfOneContainerOrAContainerOfDefaultListenersIsNotJudged() {
    // A mesh may inject the sidecar a lone container dials.
    assertThat(of("  - {name: app, env: [{name: DAPR_URL, value: \"http://localhost:3500\"}]}"))
        .isEmpty();
    assertThat(
            of(
                "  - {name: app, image: acme/app}",
                "  - {name: proxy, args: [\"--upstream=http://127.0.0.1:8080/\"]}"))
        .isEmpty();
  }

  @Test
  void aProxyNeverForwardsToItsOwnListener() {
    String proxy =
        "  - {name: proxy, args: [\"--secure-listen-address=[$(IP)]:9100\","
            + " \"--upstream=http://127.0.0.1:9100/\"], ports: [{containerPort: 9100}]}";
    assertThat(of("  - {name: exporter, args: [\"--web.listen-address=127.0.0.1:9101\"]}", proxy))
        .singleElement()
        .satisfies(u -> assertThat(u.address().port()).isEqualTo(9100));
    assertThat(of("  - {name: exporter, args: [\"--web.listen-address=127.0.0.1:9100\"]}", proxy))
        .isEmpty();
  }
}
