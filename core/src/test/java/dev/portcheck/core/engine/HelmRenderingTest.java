package dev.portcheck.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.Protocol;
import dev.portcheck.core.candidates.Role;
import dev.portcheck.core.candidates.TestCandidates;
import dev.portcheck.core.entries.TemplateBranches;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelmRenderingTest {
  private static final String FILE = "chart/templates/deployment.yaml";
  private static final TemplateBranches.Branch METRICS =
      new TemplateBranches.Branch(
          14,
          16,
          List.of(new TemplateBranches.Condition(".Values.metrics.enabled", false)),
          List.of());

  private static PortCandidate at(int line, String profile) {
    return TestCandidates.of(
        FILE,
        line,
        5,
        0,
        "k" + line,
        "80",
        profile,
        "k8s:" + FILE + "#0",
        Role.LISTEN,
        Protocol.TCP,
        "",
        List.of(),
        "");
  }

  private static Finding findingAt(int line) {
    return new Finding("r", Severity.INFO, FILE, line, 5, "k", 80, "m", null);
  }

  @Test
  void whatABranchTheValuesTurnOffHoldsIsLeftOut() {
    List<PortCandidate> all = List.of(at(13, ""), at(15, "{{ if .Values.metrics.enabled }}"));
    HelmRendering helm = HelmRendering.of(true, () -> Map.of(FILE, List.of(METRICS)));
    assertThat(helm.candidates(all)).extracting(PortCandidate::line).containsExactly(13);
    assertThat(helm.findings(List.of(findingAt(13), findingAt(15))))
        .extracting(Finding::line)
        .containsExactly(13);
  }

  @Test
  void theModelIsNotAskedWithoutChartTemplates() {
    List<PortCandidate> all = List.of(at(13, ""));
    HelmRendering helm =
        HelmRendering.of(
            false,
            () -> {
              throw new AssertionError("asked");
            });
    assertThat(helm.candidates(all)).isSameAs(all);
  }
}
