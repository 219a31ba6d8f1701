package dev.portcheck.core.wiring;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KustomizeOverlayTest {
  static final String DEPLOYMENT =
      lines(
          "apiVersion: apps/v1",
          "kind: Deployment",
          "metadata: {name: frontend}",
          "spec:",
          "  template:",
          "    spec:",
          "      containers:",
          "      - name: server",
          "        image: frontend",
          "        ports: [{containerPort: 8080}]",
          "        args: [--port=8080]");

  private static List<Setting> env(WiringModel model) {
    return model.workloads().stream()
        .filter(w -> w.name().equals("frontend"))
        .flatMap(w -> w.containers().stream())
        .flatMap(c -> c.env().stream())
        .toList();
  }

  @Test
  void aStrategicMergePatchWrittenInTheKustomizationIsMergedAndLocatedThere() {
    String kustomization =
        lines(
            "apiVersion: kustomize.config.k8s.io/v1beta1",
            "kind: Kustomization",
            "resources: [deployment.yaml]",
            "patches:",
            "- patch: |-",
            "    apiVersion: apps/v1",
            "    kind: Deployment",
            "    metadata: {name: frontend}",
            "    spec:",
            "      template:",
            "        spec:",
            "          containers:",
            "          - name: server",
            "            env:",
            "            - name: COLLECTOR_ADDR",
            "              value: collector:4318");
    WiringModel model =
        WiringFixture.with("base/deployment.yaml", DEPLOYMENT)
            .and("base/kustomization.yaml", kustomization)
            .model();
    assertThat(model.workloads()).hasSize(1);
    assertThat(env(model))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.value()).isEqualTo("collector:4318");
              assertThat(s.loc()).isEqualTo(new Loc("base/kustomization.yaml", 16, 22));
            });
  }

  @Test
  void aComponentsPatchFilePatchesTheResourcesOfWhoeverListsIt() {
    String component =
        lines(
            "apiVersion: kustomize.config.k8s.io/v1alpha1",
            "kind: Component",
            "patches:",
            "- path: collector.yaml");
    String patch =
        lines(
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata: {name: frontend}",
            "spec:",
            "  template:",
            "    spec:",
            "      containers:",
            "      - name: server",
            "        env: [{name: COLLECTOR_ADDR, value: 'collector:4317'}]");
    WiringModel model =
        WiringFixture.with("base/deployment.yaml", DEPLOYMENT)
            .and("base/kustomization.yaml", lines("resources: [deployment.yaml]"))
            .and("components/otel/kustomization.yaml", component)
            .and("components/otel/collector.yaml", patch)
            .and("kustomization.yaml", lines("resources: [base]", "components: [components/otel]"))
            .model();
    assertThat(model.workloads()).hasSize(1);
    assertThat(env(model)).extracting(Setting::value).containsExactly("collector:4317");
  }

  @Test
  void aJsonPatchWrittenInTheKustomizationMovesOnlyItsTarget() {
    String kustomization =
        lines(
            "resources: [deployment.yaml]",
            "patches:",
            "- target: {kind: Deployment, name: frontend}",
            "  patch: |-",
            "    - op: add",
            "      path: /spec/template/spec/containers/0/ports/-",
            "      value: {containerPort: 9090}");
    WiringModel model =
        WiringFixture.with("deployment.yaml", DEPLOYMENT)
            .and("kustomization.yaml", kustomization)
            .model();
    assertThat(model.workloads().get(0).containers().get(0).ports())
        .extracting(Workload.ContainerPort::number)
        .containsExactly(8080, 9090);
  }
}
