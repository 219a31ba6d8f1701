package dev.portcheck.core.entries;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateVariablesTest {
  @Test
  void aVariableBoundOnceAtTheTopReadsAsItsPipeline() {
    TemplateVariables v =
        TemplateVariables.of(
            String.join(
                "\n",
                "{{- $port := .Values.hat.servicePort }}",
                "{{ $name := \"hat\" }}",
                "{{ $label := include \"x.name\" . }}",
                "---",
                "  port: {{ $port }}",
                "  quoted: {{ $port | quote }}",
                "  name: {{ printf \"%s-%s\" .Release.Name $name }}"));
    assertThat(v.resolve("  port: {{ $port }}")).isEqualTo("  port: {{ .Values.hat.servicePort }}");
    assertThat(v.resolve("  port: {{ $port | quote }}"))
        .isEqualTo("  port: {{ .Values.hat.servicePort | quote }}");
    assertThat(v.resolve("  name: {{ printf \"%s-%s\" .Release.Name $name }}"))
        .isEqualTo("  name: {{ printf \"%s-%s\" .Release.Name \"hat\" }}");
    assertThat(v.resolve("  app: {{ printf \"%s\" $label }}"))
        .as("a pipeline as an argument, in parentheses")
        .isEqualTo("  app: {{ printf \"%s\" (include \"x.name\" .) }}");
    assertThat(v.resolve("{{- $port := .Values.hat.servicePort }}"))
        .as("the binding stays")
        .isEqualTo("{{- $port := .Values.hat.servicePort }}");
    assertThat(v.resolve("  root: {{ $.Values.a }} {{ $other }}"))
        .isEqualTo("  root: {{ $.Values.a }} {{ $other }}");
  }

  @Test
  void aVariableBoundInABlockTwiceOrAssignedAgainStaysAsWritten() {
    TemplateVariables v =
        TemplateVariables.of(
            String.join(
                "\n",
                "{{ $a := 1 }}{{ $a := 2 }}",
                "{{ if .Values.x }}{{ $b := 3 }}{{ end }}",
                "{{ $c := 4 }}{{ $c = 5 }}",
                "{{ $d := 6 }}"));
    assertThat(v.resolve("{{ $a }} {{ $b }} {{ $c }} {{ $d }}"))
        .isEqualTo("{{ $a }} {{ $b }} {{ $c }} {{ 6 }}");
  }
}
