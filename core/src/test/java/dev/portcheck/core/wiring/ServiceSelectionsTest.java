package dev.portcheck.core.wiring;

import static dev.portcheck.core.wiring.WiringFixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceSelectionsTest {
  private static String deployment(String name, String appLabel) {
    return lines(
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        "  name: " + name,
        "spec:",
        "  template:",
        "    metadata:",
        "      labels:",
        "        app: " + appLabel,
        "    spec:",
        "      containers:",
        "        - name: web",
        "          ports:",
        "            - containerPort: 8000");
  }

  private static final String SERVICE =
      lines(
          "apiVersion: v1",
          "kind: Service",
          "metadata:",
          "  name: {{ include \"web.fullname\" . }}",
          "spec:",
          "  selector:",
          "    app: {{- include \"web.name\" . }}",
          "  ports:",
          "    - port: 80",
          "      targetPort: 8000");

  @Test
  void theSameTemplateTextOfOneChartSelectsItsPods() {
    WiringModel model =
        WiringFixture.with("chart/templates/service.yaml", SERVICE)
            .and(
                "chart/templates/deployment.yaml",
                deployment("{{ include \"web.fullname\" . }}", "{{ include \"web.name\" . }}"))
            .and(
                "chart/templates/tests/test.yaml",
                lines(
                    "apiVersion: v1",
                    "kind: Pod",
                    "metadata:",
                    "  name: test",
                    "  annotations:",
                    "    \"helm.sh/hook\": test",
                    "  labels:",
                    "    app: {{ include \"web.testname\" . }}",
                    "spec:",
                    "  containers:",
                    "    - name: wget",
                    "      image: busybox"))
            .model();
    WiringModel.Selection s = model.selected(model.services().get(0));
    assertThat(s.workloads()).hasSize(1);
    assertThat(s.certain()).isTrue();
  }

  @Test
  void templateTextMayRenderToALiteralOrToOtherTextSoTheSelectionIsUncertain() {
    WiringModel literal =
        WiringFixture.with("chart/templates/service.yaml", SERVICE)
            .and("chart/templates/deployment.yaml", deployment("web", "web"))
            .model();
    assertThat(literal.selected(literal.services().get(0)).certain()).isFalse();
    WiringModel other =
        WiringFixture.with("chart/templates/service.yaml", SERVICE)
            .and(
                "chart/templates/deployment.yaml",
                deployment("web", "{{ include \"web.fullname\" . }}"))
            .model();
    assertThat(other.selected(other.services().get(0)).certain()).isFalse();
    // Another chart's text renders in another chart: no pod of it is selected.
    WiringModel elsewhere =
        WiringFixture.with("chart/templates/service.yaml", SERVICE)
            .and(
                "other/templates/deployment.yaml",
                deployment("web", "{{ include \"web.name\" . }}"))
            .model();
    assertThat(elsewhere.selected(elsewhere.services().get(0)).workloads()).isEmpty();
  }

  @Test
  void podsThatLackALabelTheSelectorNamesAreNotSelectedWhateverItRendersTo() {
    String service = SERVICE.replace("  ports:", "    release: {{ .Release.Name }}\n  ports:");
    WiringModel lacking =
        WiringFixture.with("chart/templates/service.yaml", service)
            .and("chart/templates/deployment.yaml", deployment("web", "web"))
            .model();
    assertThat(lacking.selected(lacking.services().get(0)).certain())
        .as("every label written: none is release")
        .isTrue();
    WiringModel helper =
        WiringFixture.with("chart/templates/service.yaml", service)
            .and(
                "chart/templates/deployment.yaml",
                deployment("web", "web")
                    .replace(
                        "        app: web",
                        "        app: web\n        {{- include \"web.labels\" . | nindent 8 }}"))
            .model();
    assertThat(helper.selected(helper.services().get(0)).certain())
        .as("a helper may render the release label")
        .isFalse();
  }

  private static String component(String kind, String helper) {
    return lines(
        "apiVersion: apps/v1",
        "kind: " + kind,
        "metadata:",
        "  name: {{ include \"sched.fullname\" . }}-x",
        "spec:",
        "  selector:",
        "    matchLabels:",
        "      {{- include \"" + helper + "\" . | nindent 6 }}",
        "  template:",
        "    metadata:",
        "      labels:",
        "        {{- include \"" + helper + "\" . | nindent 8 }}",
        "    spec:",
        "      containers:",
        "        - name: app",
        "          image: acme/app:1",
        "          ports: [{containerPort: 12345, name: api-port}]");
  }

  @Test
  void anotherComponentsHelperLabelsAreNotTheServicesPods() {
    String service =
        lines(
            "apiVersion: v1",
            "kind: Service",
            "metadata:",
            "  name: {{ include \"sched.fullname\" . }}-api",
            "spec:",
            "  ports: [{port: 12345, targetPort: http}]",
            "  selector:",
            "    {{- include \"sched.api.labels\" . | nindent 4 }}");
    WiringModel model =
        WiringFixture.with("chart/templates/svc-api.yaml", service)
            .and("chart/templates/api.yaml", component("Deployment", "sched.api.labels"))
            .and("chart/templates/master.yaml", component("StatefulSet", "sched.master.labels"))
            .model();
    WiringModel.Selection selection = model.selected(model.services().get(0));
    assertThat(selection.certain()).isTrue();
    assertThat(selection.workloads()).extracting(Workload::kind).containsExactly("Deployment");
    // Without a workload holding the selector as written, the other's pods may be the Service's.
    WiringModel alone =
        WiringFixture.with("chart/templates/svc-api.yaml", service)
            .and("chart/templates/master.yaml", component("StatefulSet", "sched.master.labels"))
            .model();
    assertThat(alone.selected(alone.services().get(0)).certain()).isFalse();
  }
}
