package dev.portcheck.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FindingCountsTest {
  private static Finding f(String rule, Severity s, String file) {
    return new Finding(rule, s, file, 1, 1, "k", 80, "m");
  }

  private final List<Finding> findings =
      List.of(
          f("unresolved-port", Severity.INFO, "a.yml"),
          f("unresolved-port", Severity.INFO, "a.yml"),
          f("unresolved-port", Severity.INFO, "b.yml"),
          f("well-known-port", Severity.WARNING, "b.yml"),
          f("well-known-port", Severity.INFO, "c.yml"),
          f("port-range", Severity.ERROR, "c.yml"));

  @Test
  void rulesWithErrorsComeFirstThenWarningsThenInfos() {
    FindingCounts counts = FindingCounts.of(findings);
    assertThat(counts.rules())
        .extracting(FindingCounts.RuleCount::rule)
        .containsExactly("port-range", "well-known-port", "unresolved-port");
    assertThat(counts.rules().get(1).describe()).isEqualTo("1 warning, 1 info");
    assertThat(counts.count(Severity.INFO)).isEqualTo(4);
    assertThat(counts.total()).isEqualTo(6);
  }

  @Test
  void topFilesByCountThenPath() {
    assertThat(FindingCounts.of(findings).topFiles(3))
        .containsExactly(
            new FindingCounts.FileCount("a.yml", 2),
            new FindingCounts.FileCount("b.yml", 2),
            new FindingCounts.FileCount("c.yml", 2));
  }

  @Test
  void groupsByRuleThenFile() {
    var groups =
        FindingCounts.of(findings)
            .group(findings, Function.identity(), x -> x.severity() == Severity.INFO);
    assertThat(groups.keySet()).containsExactly("well-known-port", "unresolved-port");
    assertThat(groups.get("unresolved-port").keySet()).containsExactly("a.yml", "b.yml");
    assertThat(groups.get("unresolved-port").get("a.yml")).hasSize(2);
  }
}
