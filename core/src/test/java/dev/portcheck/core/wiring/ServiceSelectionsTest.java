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
}
