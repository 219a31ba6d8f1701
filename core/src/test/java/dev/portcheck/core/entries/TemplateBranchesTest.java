package dev.portcheck.core.entries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateBranchesTest {
  private static TemplateBranches.Condition c(String pipeline) {
    return new TemplateBranches.Condition(pipeline, false);
  }

  @Test
  void anIfElseChainGivesEachBranchItsLinesAndConditions() {
    List<TemplateBranches.Branch> branches =
        TemplateBranches.of(
            String.join(
                "\n",
                "kind: Service", // 1
                "{{- if .Values.a }}", // 2
                "a: 1", // 3
                "{{- else if eq .Values.b \"x\" }}", // 4
                "b: 1", // 5
                "{{- else }}", // 6
                "c: 1", // 7
                "{{- end }}", // 8
                "d: 1"));
    assertThat(branches)
        .extracting(
            TemplateBranches.Branch::from,
            TemplateBranches.Branch::to,
            TemplateBranches.Branch::whenTrue,
            TemplateBranches.Branch::whenFalse)
        .containsExactly(
            tuple(3, 3, List.of(c(".Values.a")), List.of()),
            tuple(5, 5, List.of(c("eq .Values.b \"x\"")), List.of(c(".Values.a"))),
            tuple(7, 7, List.of(), List.of(c(".Values.a"), c("eq .Values.b \"x\""))));
    assertThat(branches.get(0).spans(3)).isTrue();
    assertThat(branches.get(0).spans(4)).isFalse();
  }

  @Test
  void insideWithOrRangeTheDotIsReboundAndDefineIsNeverDecided() {
    List<TemplateBranches.Branch> branches =
        TemplateBranches.of(
            String.join(
                "\n",
                "{{- range $i, $p := .Values.ports }}", // 1
                "{{- if .enabled }}", // 2
                "x: 1", // 3
                "{{- end }}", // 4
                "{{- end }}", // 5
                "{{- define \"web.labels\" }}", // 6
                "app: web", // 7
                "{{- end }}"));
    assertThat(branches)
        .extracting(b -> b.whenTrue().get(0))
        .containsExactly(
            new TemplateBranches.Condition(".enabled", true),
            c(".Values.ports"),
            new TemplateBranches.Condition(TemplateBranches.DEFINE, true));
  }

  @Test
  void aTextWithoutActionsHasNoBranches() {
    assertThat(TemplateBranches.of("a: 1\nb: 2\n")).isEmpty();
    assertThat(TemplateBranches.of("a: {{ .Values.a }}\n")).isEmpty();
  }
}
