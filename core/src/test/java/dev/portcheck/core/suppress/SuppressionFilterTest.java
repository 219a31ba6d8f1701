package dev.portcheck.core.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionFilterTest {
  private final Finding privileged =
      new Finding("privileged-port", Severity.WARNING, "a.yml", 2, 9, "port", 443, "m");

  @Test
  void aReasonedSuppressionSilences() {
    Map<String, List<Suppression>> s =
        Map.of(
            "a.yml",
            List.of(new Suppression(1, 3, Set.of("privileged-port"), "load balancer", true)));
    assertThat(SuppressionFilter.apply(List.of(privileged), s, false)).isEmpty();
  }

  @Test
  void withoutReasonItSilencesNothingAndWarns() {
    Map<String, List<Suppression>> s =
        Map.of("a.yml", List.of(new Suppression(1, 3, Set.of("privileged-port"), "", true)));
    List<Finding> out = SuppressionFilter.apply(List.of(privileged), s, false);
    assertThat(out).extracting(Finding::rule).containsExactly("privileged-port", "suppression");
    assertThat(out.get(1).line()).isEqualTo(1);
    assertThat(out.get(1).message()).contains("has no reason");
  }

  @Test
  void ignoreSuppressionsKeepsEverything() {
    Map<String, List<Suppression>> s =
        Map.of("a.yml", List.of(new Suppression(1, 3, Set.of("privileged-port"), "why", true)));
    assertThat(SuppressionFilter.apply(List.of(privileged), s, true)).containsExactly(privileged);
  }
}
