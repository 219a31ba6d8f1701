package dev.portcheck.core.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.entries.TemplateBranches;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateConditionsTest {
  private static final String TEMPLATE =
      String.join(
          "\n",
          "ports:", // 1
          "  - containerPort: 8080", // 2
          "  {{- if .Values.tls.enabled }}", // 3
          "  - containerPort: 8443", // 4
          "  {{- else if eq .Values.mode \"plain\" }}", // 5
          "  - containerPort: 8443", // 6
          "  {{- else }}", // 7
          "    {{- with .Values.metrics }}", // 8
          "  - containerPort: 9090", // 9
          "    {{- end }}", // 10
          "  {{- end }}", // 11
          "");

  private static PortCandidate at(int line, String profile) {
    return TestCandidates.of(
        "templates/deployment.yaml",
        line,
        20,
        0,
        "ports[" + line + "].containerPort",
        "8443",
        profile,
        "k8s:templates/deployment.yaml#0",
        Role.LISTEN,
        Protocol.TCP,
        "",
        List.of(),
        "");
  }

  @Test
  void aSettingInABranchIsInTheProfileOfItsConditions() {
    List<TemplateBranches.Branch> branches = TemplateBranches.of(TEMPLATE);
    assertThat(TemplateConditions.of(branches, 2)).isEmpty();
    assertThat(TemplateConditions.of(branches, 4)).isEqualTo("{{ if .Values.tls.enabled }}");
    assertThat(TemplateConditions.of(branches, 6))
        .isEqualTo("{{ if not .Values.tls.enabled }} {{ if eq .Values.mode \"plain\" }}");
    // The else of a chain, and a block inside it: outermost first.
    assertThat(TemplateConditions.of(branches, 9))
        .isEqualTo(
            "{{ if not .Values.tls.enabled }} {{ if not (eq .Values.mode \"plain\") }}"
                + " {{ if .Values.metrics }}");
  }

  @Test
  void onlySettingsInBranchesChangeAndAProfileOfTheirOwnIsKept() {
    List<PortCandidate> in = List.of(at(2, ""), at(4, ""), at(6, "prod"));
    List<PortCandidate> out = TemplateConditions.apply(in, TemplateBranches.of(TEMPLATE));
    assertThat(out)
        .extracting(PortCandidate::profile)
        .containsExactly("", "{{ if .Values.tls.enabled }}", "prod");
    assertThat(out.get(0)).isSameAs(in.get(0));
    assertThat(TemplateConditions.apply(in, List.of())).isSameAs(in);
  }

  @Test
  void aDefineBodyIsRenderedOnlyWhereItIsIncluded() {
    String text = "{{- define \"ports\" }}\n- containerPort: 80\n{{- end }}\n";
    assertThat(TemplateConditions.of(TemplateBranches.of(text), 2)).isEqualTo("{{ define }}");
  }
}
