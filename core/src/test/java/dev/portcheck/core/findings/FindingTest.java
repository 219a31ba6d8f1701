package dev.portcheck.core.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {
  private static Finding at(String file, int line, int column, String rule) {
    return new Finding(rule, Severity.ERROR, file, line, column, "k", -1, "m");
  }

  @Test
  void sortsByFileLineColumnThenRule() {
    List<Finding> list =
        new ArrayList<>(
            List.of(
                at("b.yml", 1, 1, "x"),
                at("a.yml", 2, 1, "x"),
                at("a.yml", 1, 5, "y"),
                at("a.yml", 1, 5, "a"),
                at("a.yml", 1, 2, "x")));
    list.sort(Finding.ORDER);
    assertThat(list)
        .extracting(f -> f.file() + ":" + f.line() + ":" + f.column() + ":" + f.rule())
        .containsExactly("a.yml:1:2:x", "a.yml:1:5:a", "a.yml:1:5:y", "a.yml:2:1:x", "b.yml:1:1:x");
  }

  @Test
  void withSeverityKeepsEverythingElse() {
    Finding f = at("a.yml", 3, 4, "r").withSeverity(Severity.INFO);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.line()).isEqualTo(3);
    assertThat(f.rule()).isEqualTo("r");
  }
}
