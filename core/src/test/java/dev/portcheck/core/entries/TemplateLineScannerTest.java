package dev.portcheck.core.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateLineScannerTest {
  @Test
  void buildsPathsFromIndentationAndDashes() {
    List<LocatedEntry> e =
        TemplateLineScanner.scan(
            String.join(
                "\n",
                "apiVersion: v1",
                "kind: Service",
                "metadata:",
                "  name: {{ include \"x\" . }}",
                "  labels: {{- include \"labels\" . | nindent 4 }}",
                "spec:",
                "  ports:",
                "  {{- range .Values.ports }}",
                "  - name: http  # comment",
                "    port: 80",
                "  - port: \"443\"",
                "  {{- end }}",
                ""));
    assertThat(e)
        .extracting(LocatedEntry::key)
        .containsExactly(
            "apiVersion",
            "kind",
            "metadata.name",
            "metadata.labels",
            "spec.ports[0].name",
            "spec.ports[0].port",
            "spec.ports[1].port");
    LocatedEntry port = e.get(5);
    assertThat(port.value()).isEqualTo("80");
    assertThat(port.line()).isEqualTo(10);
    assertThat(port.column()).isEqualTo(11);
    assertThat(e.get(4).value()).isEqualTo("http");
    assertThat(e.get(6).value()).isEqualTo("443");
    assertThat(e.get(6).positionOf(0).column()).isEqualTo(12);
  }

  @Test
  void neverFailsOnGarbage() {
    assertThat(TemplateLineScanner.scan("{{ }}\n: :\n- - -\n\"unclosed: x\n\t\tz: 1")).isNotNull();
  }

  @Test
  void documentMarkersInsideConditionsStartNewDocuments() {
    List<LocatedEntry> e =
        TemplateLineScanner.scan(
            String.join(
                "\n",
                "---",
                "kind: Deployment",
                "{{- if .Values.service.enabled }}",
                "---",
                "kind: Service",
                "{{- end }}",
                "---",
                "---",
                "kind: NetworkPolicy",
                ""));
    assertThat(e).extracting(LocatedEntry::document).containsExactly(0, 1, 2);
  }

  @Test
  void anIndentedOutputWrittenAtColumnZeroEndsNoKeyOfTheTemplate() {
    List<LocatedEntry> e =
        TemplateLineScanner.scanForWiring(
            String.join(
                "\n",
                "spec:",
                "  template:",
                "    spec:",
                "      containers:",
                "      - name: front-end",
                "        resources:",
                "{{ toYaml .Values.frontend.resources | indent 10 }}",
                "        ports:",
                "        - containerPort: 8079",
                ""));
    assertThat(e)
        .extracting(LocatedEntry::key)
        .contains(
            "spec.template.spec.containers[0].resources[\"{{ toYaml .Values.frontend.resources"
                + " | indent 10 }}\"]",
            "spec.template.spec.containers[0].ports[0].containerPort");
  }
}
