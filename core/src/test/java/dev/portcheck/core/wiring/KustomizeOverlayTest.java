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

  private static WiringModel withJsonPatch(String... ops) {
    List<String> kustomization =
        new java.util.ArrayList<>(
            List.of(
                "resources: [deployment.yaml, service.yaml]",
                "patches:",
                "- target: {group: apps, version: v1, kind: Deployment, name: frontend}",
                "  patch: |-"));
    for (String op : ops) {
      kustomization.add("    " + op);
    }
    return WiringFixture.with("deployment.yaml", DEPLOYMENT)
        .and(
            "service.yaml",
            lines(
                "apiVersion: v1",
                "kind: Service",
                "metadata: {name: ui}",
                "spec:",
                "  ports: [{port: 16686, targetPort: frontend-jaeger}]"))
        .and("kustomization.yaml", lines(kustomization.toArray(String[]::new)))
        .model();
  }

  @Test
  void aSidecarAJsonPatchAddsDeclaresItsPortsWhereThePatchWritesThem() {
    WiringModel model =
        withJsonPatch(
            "- op: add",
            "  path: /spec/template/spec/containers/-",
            "  value:",
            "    image: jaegertracing/all-in-one:latest",
            "    name: jaeger",
            "    ports:",
            "      - containerPort: 6831",
            "        protocol: UDP",
            "        name: tracing-jaeger",
            "      - containerPort: 16686",
            "        name: frontend-jaeger",
            "    resources: {limits: {cpu: 100m}}");
    List<Workload.Container> containers = model.workloads().get(0).containers();
    assertThat(containers).extracting(Workload.Container::name).containsExactly("server", "jaeger");
    Workload.Container sidecar = containers.get(1);
    assertThat(sidecar.image()).isEqualTo("jaegertracing/all-in-one:latest");
    assertThat(sidecar.ports())
        .extracting(
            Workload.ContainerPort::number, Workload.ContainerPort::name, p -> p.protocol().id())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(6831, "tracing-jaeger", "udp"),
            org.assertj.core.groups.Tuple.tuple(16686, "frontend-jaeger", "tcp"));
    assertThat(sidecar.ports().get(1).loc().file()).isEqualTo("kustomization.yaml");
  }

  @Test
  void aContainerAJsonPatchReplacesOrRemovesIsGoneAndAPortChangeNotFollowedIsUnknown() {
    assertThat(
            withJsonPatch("- op: remove", "  path: /spec/template/spec/containers/0")
                .workloads()
                .get(0)
                .containers())
        .isEmpty();
    Workload.Container replaced =
        withJsonPatch(
                "- op: replace",
                "  path: /spec/template/spec/containers/0",
                "  value: {name: web, image: nginx, ports: [{containerPort: 80}]}")
            .workloads()
            .get(0)
            .containers()
            .get(0);
    assertThat(replaced.name()).isEqualTo("web");
    assertThat(replaced.ports()).extracting(Workload.ContainerPort::number).containsExactly(80);
    assertThat(
            withJsonPatch(
                    "- op: replace",
                    "  path: /spec/template/spec/containers/0/ports/0/containerPort",
                    "  value: 9999")
                .workloads()
                .get(0)
                .containers()
                .get(0)
                .portsKnown())
        .isFalse();
  }

  @Test
  void commonLabelsJoinThePodTemplatesAndSelectorsOfTheResourcesTheyRender() {
    String deployment =
        lines(
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata: {name: metrics-server}",
            "spec:",
            "  template:",
            "    spec:",
            "      containers:",
            "      - name: server",
            "        ports: [{containerPort: 10250, name: https}]");
    String service =
        lines(
            "apiVersion: v1",
            "kind: Service",
            "metadata: {name: metrics-server}",
            "spec:",
            "  ports: [{port: 443, targetPort: https}]");
    WiringModel model =
        WiringFixture.with("base/deployment.yaml", deployment)
            .and("base/service.yaml", service)
            .and("other/service.yaml", service.replace("metrics-server", "other"))
            .and(
                "base/kustomization.yaml",
                lines(
                    "resources: [deployment.yaml, service.yaml]",
                    "commonLabels: {k8s-app: metrics-server}",
                    "labels:",
                    "- pairs: {tier: infra}",
                    "  includeSelectors: true",
                    "- pairs: {team: a}"))
            .model();
    assertThat(model.workloads().get(0).labels())
        .containsOnly(
            java.util.Map.entry("k8s-app", "metrics-server"), java.util.Map.entry("tier", "infra"));
    KubeService rendered =
        model.services().stream()
            .filter(s -> s.name().equals("metrics-server"))
            .findFirst()
            .orElseThrow();
    assertThat(rendered.selector()).isEqualTo(model.workloads().get(0).labels());
    assertThat(model.selected(rendered).workloads()).hasSize(1);
    KubeService outside =
        model.services().stream().filter(s -> s.name().equals("other")).findFirst().orElseThrow();
    assertThat(outside.selector()).isEmpty();
  }
}
