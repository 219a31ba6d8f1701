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

  @Test
  void readsAFlowCollectionWrittenWholeOnItsLineAsYamlDoes() {
    List<LocatedEntry> e =
        TemplateLineScanner.scan(
            String.join(
                "\n",
                "metadata:",
                "  name: {{ include \"api.fullname\" . }}",
                "spec:",
                "  ports: [{port: 8080, targetPort: http}]",
                "  selector: {app: api}",
                "  other: [a, {{ .Values.b }}]",
                "  open: [a,",
                "    b]",
                "  none: []"));
    assertThat(e)
        .extracting(
            LocatedEntry::key, LocatedEntry::value, LocatedEntry::line, LocatedEntry::column)
        .contains(
            org.assertj.core.groups.Tuple.tuple("spec.ports[0].port", "8080", 4, 18),
            org.assertj.core.groups.Tuple.tuple("spec.ports[0].targetPort", "http", 4, 36),
            org.assertj.core.groups.Tuple.tuple("spec.selector.app", "api", 5, 19),
            org.assertj.core.groups.Tuple.tuple("spec.other", "[a, {{ .Values.b }}]", 6, 10),
            org.assertj.core.groups.Tuple.tuple("spec.open", "[a,", 7, 9),
            org.assertj.core.groups.Tuple.tuple("spec.none", "[]", 9, 9));
  }
}
