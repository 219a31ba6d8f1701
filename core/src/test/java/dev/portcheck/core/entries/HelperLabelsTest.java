package dev.portcheck.core.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HelperLabelsTest {
  @Test
  void keepsAHelperCallUnderALabelMapAsOnePseudoLabel() {
    assertThat(
            HelperLabels.call(
                "spec.selector.matchLabels", "{{- include \"app.selectorLabels\" . | nindent 6 }}"))
        .contains("include app.selectorLabels .");
    assertThat(HelperLabels.call("spec.selector", "{{ include \"app.labels\" $ }}"))
        .contains("include app.labels $");
  }

  @Test
  void aDictArgumentIsPartOfTheCall() {
    assertThat(
            HelperLabels.call(
                "spec.selector.matchLabels",
                "{{- include \"authentik.selectorLabels\" (dict \"context\" .  \"component\""
                    + " .Values.server.name) | nindent 6 }}"))
        .contains(
            "include authentik.selectorLabels (dict 'context' . 'component' .Values.server.name)");
    assertThat(
            HelperLabels.call(
                "spec.selector",
                "{{ include \"app.labels\" (merge (dict \"component\" \"worker\") .) }}"))
        .contains("include app.labels (merge (dict 'component' 'worker') .)");
    assertThat(HelperLabels.call("spec.selector", "{{ include \"app.labels\" (dict \"x\" }}"))
        .isEmpty();
  }

  @Test
  void marksWhereATemplateWritesKeysOfItsOwn() {
    List<LocatedEntry> entries =
        TemplateLineScanner.scanForWiring(
            String.join(
                "\n",
                "containers:",
                "  - name: app",
                "    env:",
                "      {{- toYaml .Values.env | nindent 6 }}",
                "  {{- with .Values.sidecars }}",
                "  {{- toYaml . | nindent 2 }}",
                "  {{- end }}",
                ""));
    assertThat(entries)
        .extracting(LocatedEntry::key)
        .containsExactly(
            "containers[0].name",
            "containers[0].env[\"{{- toYaml .Values.env | nindent 6 }}\"]",
            // Inside with, dot is the values path the block names: the marker says which.
            "containers[\"{{- toYaml .Values.sidecars | nindent 2 }}\"]");
  }

  @Test
  void theModelsReadingWithoutMarkersIsTheCandidatesReading() {
    String chart =
        String.join(
            "\n",
            "spec:",
            "  selector:",
            "    {{- include \"app.selectorLabels\" . | nindent 4 }}",
            "  ports:",
            "    - port: {{ .Values.port }}",
            "    {{- toYaml .Values.extraPorts | nindent 4 }}",
            "");
    List<LocatedEntry> model = TemplateLineScanner.scanForWiring(chart);
    assertThat(model).hasSize(3);
    assertThat(TemplateLineScanner.withoutMarkers(model))
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("offsets")
        .isEqualTo(TemplateLineScanner.scan(chart))
        .extracting(LocatedEntry::key)
        .containsExactly("spec.ports[0].port");
  }

  @Test
  void ignoresOtherTemplatesAndOtherMaps() {
    assertThat(HelperLabels.call("metadata.annotations", "{{- include \"app.labels\" . }}"))
        .isEmpty();
    assertThat(HelperLabels.call("metadata.labels", "{{- toYaml .Values.labels | nindent 4 }}"))
        .isEmpty();
    assertThat(HelperLabels.call("metadata.podLabels", "{{ include \"app.labels\" . }}")).isEmpty();
  }

  @Test
  void theLineReaderPlacesTheCallBelowItsMap() {
    List<LocatedEntry> entries =
        TemplateLineScanner.scanForWiring(
            "spec:\n  selector:\n    {{- include \"app.selectorLabels\" . | nindent 4 }}\n");
    assertThat(entries)
        .extracting(LocatedEntry::key)
        .containsExactly("spec.selector[\"include app.selectorLabels .\"]");
    assertThat(TemplateLineScanner.scan("spec:\n  selector:\n    {{- include \"a.b\" . }}\n"))
        .as("the candidates' reading has no markers")
        .isEmpty();
    assertThat(HelperLabels.isCall("include app.selectorLabels .")).isTrue();
  }
}
