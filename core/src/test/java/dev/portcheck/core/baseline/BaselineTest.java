package dev.portcheck.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path dir;

  private static Finding f(String rule, int line, String key, int port) {
    return new Finding(rule, Severity.WARNING, "app.properties", line, 13, key, port, "m");
  }

  @Test
  void matchesOnRuleFileKeyAndPortNotOnLines() throws IOException {
    Path file = dir.resolve("portcheck-baseline.json");
    Baseline.of(List.of(f("privileged-port", 3, "server.port", 80))).write(file);
    Baseline baseline = Baseline.read(file);
    Baseline.Filtered shifted =
        baseline.filter(List.of(f("privileged-port", 9, "server.port", 80)));
    assertThat(shifted.newFindings()).isEmpty();
    assertThat(shifted.fixedEntries()).isZero();
    Baseline.Filtered changed =
        baseline.filter(List.of(f("privileged-port", 3, "server.port", 81)));
    assertThat(changed.newFindings()).hasSize(1);
    assertThat(changed.fixedEntries()).isEqualTo(1);
  }

  @Test
  void eachEntryAbsorbsOneFinding() {
    Baseline b = Baseline.of(List.of(f("r", 1, "k", 1)));
    assertThat(b.filter(List.of(f("r", 1, "k", 1), f("r", 2, "k", 1))).newFindings()).hasSize(1);
  }

  @Test
  void aBrokenFileSaysWhatIsWrong() throws IOException {
    Path file = dir.resolve("b.json");
    Files.writeString(file, "{\"x\": 1}");
    assertThatThrownBy(() -> Baseline.read(file)).hasMessageContaining("no \"baseline\" array");
    Files.writeString(file, "{not json");
    assertThatThrownBy(() -> Baseline.read(file)).hasMessageContaining("is not valid JSON");
  }
}
