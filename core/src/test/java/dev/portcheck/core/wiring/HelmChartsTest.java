package dev.portcheck.core.wiring;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelmChartsTest {
  private static final String VALUES =
      lines("image:", "  repo: shop/web", "service:", "  port: 80", "  targetPort: 8081");

  private static final String SERVICE =
      lines(
          "apiVersion: v1",
          "kind: Service",
          "metadata:",
          "  name: {{ include \"web.fullname\" . }}",
          "spec:",
          "  ports:",
          "    - port: {{ .Values.service.port }}",
          "      targetPort: {{ .Values.service.targetPort | default 8080 }}",
          "  selector:",
          "    {{- include \"web.selectorLabels\" . | nindent 4 }}");

  private static final String DEPLOYMENT =
      lines(
          "apiVersion: apps/v1",
          "kind: Deployment",
          "metadata:",
          "  name: web",
          "spec:",
          "  template:",
          "    metadata:",
          "      labels:",
          "        {{- include \"web.selectorLabels\" . | nindent 8 }}",
          "    spec:",
          "      containers:",
          "        - name: web",
          "          image: \"{{ .Values.image.repo }}:{{ .Chart.AppVersion }}\"",
          "          ports:",
          "            - containerPort: {{ .Values.service.targetPort }}");

  /** The first port of the first Service in the files' model: -1 where the chart leaves it open. */
  private static int firstServicePort(WiringFixture files) {
    return files.model().services().get(0).ports().get(0).port();
  }

  @Test
  void readsTemplatesWithTheChartsValuesLocatedInTheValuesFile() {
    WiringModel model =
        WiringFixture.with("chart/values.yaml", VALUES)
            .and("chart/templates/service.yaml", SERVICE)
            .model();
    KubeService.ServicePort port = model.services().get(0).ports().get(0);
    assertThat(port.port()).isEqualTo(80);
    assertThat(port.loc()).isEqualTo(new Loc("chart/values.yaml", 4, 9));
    assertThat(port.target()).isEqualTo(PortRef.number(8081));
    assertThat(port.targetLoc()).isEqualTo(new Loc("chart/values.yaml", 5, 15));
  }

  @Test
  void aValuesFileHoldingAKindIsStillValues() {
    assertThat(
            firstServicePort(
                WiringFixture.with(
                        "chart/values.yaml",
                        VALUES + lines("issuer:", "  kind: ClusterIssuer", "  name: letsencrypt"))
                    .and("chart/templates/service.yaml", SERVICE)))
        .isEqualTo(80);
  }

  @Test
  void aSubchartWhoseParentSetsItsValuesStaysUnknown() {
    assertThat(
            firstServicePort(
                WiringFixture.with("app/charts/web/values.yaml", VALUES)
                    .and("app/charts/web/templates/service.yaml", SERVICE)
                    .and("app/values.yaml", lines("web:", "  service:", "    port: 8080"))))
        .isEqualTo(-1);
    assertThat(
            firstServicePort(
                WiringFixture.with("app/charts/web/values.yaml", VALUES)
                    .and("app/charts/web/templates/service.yaml", SERVICE)
                    .and("app/values.yaml", lines("other:", "  enabled: true"))))
        .isEqualTo(80);
  }

  @Test
  void leavesTemplatesUnknownWithoutTheirChartsValues() {
    assertThat(
            firstServicePort(
                WiringFixture.with("other/values.yaml", VALUES)
                    .and("chart/templates/service.yaml", SERVICE)))
        .isEqualTo(-1);
  }

  @Test
  void matchesASelectorAndPodLabelsWrittenWithTheSameHelper() {
    WiringModel model =
        WiringFixture.with("chart/values.yaml", VALUES)
            .and("chart/templates/service.yaml", SERVICE)
            .and("chart/templates/deployment.yaml", DEPLOYMENT)
            .model();
    WiringModel.Selection s = model.selected(model.services().get(0));
    assertThat(s.workloads()).extracting(Workload::name).containsExactly("web");
    assertThat(s.certain()).isTrue();
    Workload.Container c = s.workloads().get(0).containers().get(0);
    assertThat(c.ports()).extracting(Workload.ContainerPort::number).containsExactly(8081);
    assertThat(dev.portcheck.core.model.ImageName.parse(c.image()))
        .as("partly rendered stays unknown")
        .isEmpty();
  }

  @Test
  void containersATemplateAddsLeaveThePodsPortsUnknown() {
    String withSidecars =
        DEPLOYMENT
            + lines(
                "        {{- with .Values.sidecars }}",
                "        {{- toYaml . | nindent 8 }}",
                "        {{- end }}");
    // What a block no value decides writes is unknown, as is what it writes itself.
    String undecided =
        DEPLOYMENT
            + lines(
                "        {{- if .Capabilities.APIVersions.Has \"mesh/v1\" }}",
                "        {{- include \"web.sidecars\" . | nindent 8 }}",
                "        {{- end }}");
    WiringModel model =
        WiringFixture.with("chart/values.yaml", VALUES)
            .and("chart/templates/deployment.yaml", undecided)
            .model();
    assertThat(model.workloads().get(0).containers().get(0).portsKnown()).isFalse();
    WiringModel plain =
        WiringFixture.with("chart/values.yaml", VALUES)
            .and("chart/templates/deployment.yaml", DEPLOYMENT)
            .model();
    assertThat(plain.workloads().get(0).containers().get(0).portsKnown()).isTrue();
    // With no sidecars in the values, the with block renders nothing.
    WiringModel none =
        WiringFixture.with("chart/values.yaml", VALUES)
            .and("chart/templates/deployment.yaml", withSidecars)
            .model();
    assertThat(none.workloads().get(0).containers().get(0).portsKnown()).isTrue();
  }

  @Test
  void aBranchTheValuesTurnOffIsNotRenderedAndAnUndecidedOnesTargetIsUnknown() {
    String service =
        SERVICE.replace(
            "  selector:",
            lines(
                "    {{- if eq .Values.provider \"webhook\" }}",
                "    - name: wh-metrics",
                "      port: 7980",
                "      targetPort: wh-metrics",
                "    {{- end }}",
                "    {{- if eq $provider \"webhook\" }}",
                "    - name: other",
                "      port: 7981",
                "      targetPort: other-metrics",
                "    {{- end }}",
                "  selector:"));
    WiringModel model =
        WiringFixture.with("chart/values.yaml", VALUES + lines("provider: aws"))
            .and("chart/templates/service.yaml", service)
            .model();
    assertThat(model.services().get(0).ports())
        .extracting(KubeService.ServicePort::name, p -> p.target().kind() == PortRef.Kind.UNKNOWN)
        .doesNotContain(org.assertj.core.groups.Tuple.tuple("wh-metrics", false))
        .contains(org.assertj.core.groups.Tuple.tuple("other", true));
    assertThat(model.services().get(0).ports())
        .extracting(KubeService.ServicePort::name)
        .doesNotContain("wh-metrics");
  }

  @Test
  void portsATemplateWritesLeaveTheServiceOpen() {
    String service =
        SERVICE.replace(
            "  selector:", "    {{- toYaml .Values.extraPorts | nindent 4 }}\n  selector:");
    WiringModel model =
        WiringFixture.with("chart/values.yaml", VALUES)
            .and("chart/templates/service.yaml", service)
            .model();
    assertThat(model.services().get(0).hasUnknownPort()).isTrue();
  }

  @Test
  void podsHoldTheLabelsTheirWorkloadSelectsBy() {
    // helm create's scaffold: pod labels by app.labels, the Deployment's selector by
    // app.selectorLabels. The API makes the pods carry what the selector names.
    String deployment =
        DEPLOYMENT
            .replace(
                "spec:\n  template:",
                "spec:\n  selector:\n    matchLabels:\n"
                    + "      {{- include \"web.selectorLabels\" . | nindent 6 }}\n  template:")
            .replace("web.selectorLabels\" . | nindent 8", "web.labels\" . | nindent 8");
    WiringModel model =
        WiringFixture.with("chart/values.yaml", VALUES)
            .and("chart/templates/service.yaml", SERVICE)
            .and("chart/templates/deployment.yaml", deployment)
            .model();
    assertThat(model.selected(model.services().get(0)).workloads())
        .extracting(Workload::name)
        .containsExactly("web");
    String unselected = deployment.replace("  selector:\n    matchLabels:\n", "  other:\n    x:\n");
    WiringModel without =
        WiringFixture.with("chart/values.yaml", VALUES)
            .and("chart/templates/service.yaml", SERVICE)
            .and("chart/templates/deployment.yaml", unselected)
            .model();
    assertThat(without.selected(without.services().get(0)).workloads()).isEmpty();
  }

  @Test
  void aHelperCalledWithADictSelectsThePodsOfTheSameCallOnly() {
    String server = "(dict \"context\" . \"component\" .Values.server.name)";
    String deployment =
        DEPLOYMENT
            .replace(
                "spec:\n  template:",
                "spec:\n  selector:\n    matchLabels:\n"
                    + "      {{- include \"web.selectorLabels\" "
                    + server
                    + " | nindent 6 }}\n  template:")
            .replace(
                "web.selectorLabels\" . | nindent 8", "web.labels\" " + server + " | nindent 8");
    String service =
        SERVICE.replace("\"web.selectorLabels\" .", "\"web.selectorLabels\" " + server);
    WiringModel model =
        WiringFixture.with("chart/values.yaml", VALUES)
            .and("chart/templates/service.yaml", service)
            .and("chart/templates/deployment.yaml", deployment)
            .model();
    assertThat(model.selected(model.services().get(0)).workloads())
        .extracting(Workload::name)
        .containsExactly("web");
    WiringModel worker =
        WiringFixture.with("chart/values.yaml", VALUES)
            .and(
                "chart/templates/service.yaml",
                service.replace(".Values.server.name", "\"worker\""))
            .and("chart/templates/deployment.yaml", deployment)
            .model();
    assertThat(worker.selected(worker.services().get(0)).workloads()).isEmpty();
  }

  @Test
  void doesNotMatchTheSameHelperOfAnotherChart() {
    WiringModel model =
        WiringFixture.with("a/templates/service.yaml", SERVICE)
            .and("b/templates/deployment.yaml", DEPLOYMENT)
            .model();
    assertThat(model.selected(model.services().get(0)).workloads()).isEmpty();
  }

  @Test
  void toYamlOfAValuesBlockWritesItsKeysBelowLocatedInTheValuesFile() {
    String values =
        lines(
            "livenessProbe:",
            "  httpGet:",
            "    path: /",
            "    port: http",
            "readinessProbe:",
            "  tcpSocket:",
            "    port: 9091",
            "env:",
            "  - name: DB_ADDR",
            "    value: db:5432");
    String deployment =
        lines(
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata:",
            "  name: web",
            "spec:",
            "  template:",
            "    spec:",
            "      containers:",
            "        - name: web",
            "          ports:",
            "            - name: http",
            "              containerPort: 8080",
            "          livenessProbe:",
            "            {{- toYaml .Values.livenessProbe | nindent 12 }}",
            "          {{- with .Values.readinessProbe }}",
            "          readinessProbe:",
            "            {{- toYaml . | nindent 12 }}",
            "          {{- end }}",
            "          {{- with .Values.missing }}",
            "          startupProbe:",
            "            {{- toYaml . | nindent 12 }}",
            "          {{- end }}",
            "          env:",
            "            {{- toYaml .Values.env | nindent 12 }}");
    Workload.Container web =
        WiringFixture.with("chart/values.yaml", values)
            .and("chart/templates/deployment.yaml", deployment)
            .model()
            .workloads()
            .get(0)
            .containers()
            .get(0);
    assertThat(web.probes())
        .extracting(p -> p.kind(), p -> p.port(), p -> p.loc().file())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                Workload.ProbeKind.LIVENESS, PortRef.name("http"), "chart/values.yaml"),
            org.assertj.core.groups.Tuple.tuple(
                Workload.ProbeKind.READINESS, PortRef.number(9091), "chart/values.yaml"));
    assertThat(web.env())
        .singleElement()
        .satisfies(e -> assertThat(e.loc()).isEqualTo(new Loc("chart/values.yaml", 10, 12)));
  }

  @Test
  void aListOfContainersFromTheValuesFollowsTheTemplatesOwn() {
    String values =
        lines("sidecars:", "  - name: proxy", "    ports:", "      - containerPort: 15001");
    String deployment =
        lines(
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata:",
            "  name: web",
            "spec:",
            "  template:",
            "    spec:",
            "      containers:",
            "        - name: web",
            "          ports: [{containerPort: 8080}]",
            "        {{- with .Values.sidecars }}",
            "        {{- toYaml . | nindent 8 }}",
            "        {{- end }}");
    assertThat(
            WiringFixture.with("chart/values.yaml", values)
                .and("chart/templates/deployment.yaml", deployment)
                .model()
                .workloads()
                .get(0)
                .containers())
        .extracting(Workload.Container::name)
        .containsExactly("web", "proxy");
  }
}
