package dev.portcheck.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportKeyTest {
  private static final ReportContext CONTEXT = new ReportContext("1.0", "app", List.of(), "");
  private static final Finding FINDING =
      new Finding(
          "out-of-range",
          Severity.ERROR,
          "k8s/pod.yaml",
          3,
          5,
          "containerPort",
          70000,
          "port 70000");

  @Test
  void equalInputsEqualKeys() {
    assertThat(ReportKey.of("d", List.of("JSON"), CONTEXT, List.of(FINDING)))
        .isEqualTo(ReportKey.of("d", List.of("JSON"), CONTEXT, List.of(FINDING)))
        .hasSize(64);
  }

  @Test
  void eachInputChangesTheKey() {
    String key = ReportKey.of("d", List.of("JSON"), CONTEXT, List.of(FINDING));
    assertThat(ReportKey.of("e", List.of("JSON"), CONTEXT, List.of(FINDING))).isNotEqualTo(key);
    assertThat(ReportKey.of("d", List.of("SARIF"), CONTEXT, List.of(FINDING))).isNotEqualTo(key);
    assertThat(
            ReportKey.of(
                "d",
                List.of("JSON"),
                new ReportContext("1.1", "app", List.of(), ""),
                List.of(FINDING)))
        .isNotEqualTo(key);
    assertThat(ReportKey.of("d", List.of("JSON"), CONTEXT, List.of())).isNotEqualTo(key);
    assertThat(
            ReportKey.of(
                "d", List.of("JSON"), CONTEXT, List.of(FINDING.withSeverity(Severity.WARNING))))
        .isNotEqualTo(key);
  }

  @Test
  void fieldsDoNotRunIntoEachOther() {
    Finding a = new Finding("r", Severity.ERROR, "ab", 1, 1, "k", 1, "m");
    Finding b = new Finding("r", Severity.ERROR, "a", 1, 1, "bk", 1, "m");
    assertThat(ReportKey.of("d", List.of("JSON"), CONTEXT, List.of(a)))
        .isNotEqualTo(ReportKey.of("d", List.of("JSON"), CONTEXT, List.of(b)));
    Finding related = a.withRelated(new Finding.Related("x", 2, 3, "there"));
    assertThat(ReportKey.of("d", List.of("JSON"), CONTEXT, List.of(related)))
        .isNotEqualTo(ReportKey.of("d", List.of("JSON"), CONTEXT, List.of(a)));
  }

  @Test
  void theAnalysedFindingsKeyFollowsTheDigestAndIsNoListsKey() {
    String key = ReportKey.ofAnalysed("d", List.of("JSON"), CONTEXT);
    assertThat(ReportKey.ofAnalysed("d", List.of("JSON"), CONTEXT)).isEqualTo(key).hasSize(64);
    assertThat(ReportKey.ofAnalysed("e", List.of("JSON"), CONTEXT)).isNotEqualTo(key);
    assertThat(ReportKey.ofAnalysed("d", List.of("SARIF"), CONTEXT)).isNotEqualTo(key);
    assertThat(ReportKey.of("d", List.of("JSON"), CONTEXT, List.of())).isNotEqualTo(key);
    assertThat(ReportKey.of("d", List.of("JSON"), CONTEXT, List.of(FINDING))).isNotEqualTo(key);
  }
}
