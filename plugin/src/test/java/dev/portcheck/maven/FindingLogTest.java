package dev.portcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class FindingLogTest {
  private final Finding finding =
      new Finding(
          "port-range",
          Severity.ERROR,
          "src/main/resources/application.properties",
          3,
          13,
          "server.port",
          -1,
          "port 70000 is above 65535");

  @Test
  void formatsLikeCheckstyleSoIdesLinkIt() {
    assertThat(FindingLog.format(finding))
        .isEqualTo(
            "src/main/resources/application.properties:[3,13] (port-range) port 70000 is above 65535");
  }

  @Test
  void severityIsTheLogLevel() {
    List<String> lines = new ArrayList<>();
    SystemStreamLog log =
        new SystemStreamLog() {
          @Override
          public void error(CharSequence c) {
            lines.add("E " + c);
          }

          @Override
          public void warn(CharSequence c) {
            lines.add("W " + c);
          }

          @Override
          public void info(CharSequence c) {
            lines.add("I " + c);
          }
        };
    FindingLog out = new FindingLog(log);
    out.log(finding);
    out.log(finding.withSeverity(Severity.WARNING));
    out.log(finding.withSeverity(Severity.INFO));
    assertThat(lines).extracting(s -> s.substring(0, 1)).containsExactly("E", "W", "I");
  }
}
