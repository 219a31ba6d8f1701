package dev.portcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.report.FindingCounts;
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
    PrintedLog log = new PrintedLog(true);
    List<String> lines = log.calls;
    FindingLog out = new FindingLog(log, true);
    out.log(finding);
    out.log(finding.withSeverity(Severity.WARNING));
    out.log(finding.withSeverity(Severity.INFO));
    assertThat(lines)
        .extracting(s -> s.substring(0, s.indexOf(' ')))
        .containsExactly("[ERROR]", "[WARNING]", "[INFO]");
  }

  @Test
  void infosOnlyWhenVerboseAndASummaryEndsTheLog() {
    PrintedLog log = new PrintedLog(true);
    List<String> lines = log.calls;
    FindingLog out = new FindingLog(log, false);
    List<Finding> all =
        List.of(
            finding,
            finding.withSeverity(Severity.INFO),
            new Finding("unresolved-port", Severity.INFO, "b.yml", 1, 1, "k", -1, "m"),
            new Finding("well-known-port", Severity.WARNING, "c.yml", 1, 1, "k", 22, "m"));
    all.forEach(out::log);
    out.summary(FindingCounts.of(all));
    assertThat(lines)
        .containsExactly(
            "[ERROR] " + FindingLog.format(finding),
            "[WARNING] c.yml:[1,1] (well-known-port) m",
            "[INFO] portcheck: findings per rule:",
            "[INFO]   port-range       1 error, 1 info",
            "[INFO]   well-known-port  1 warning",
            "[INFO]   unresolved-port  1 info",
            "[INFO] portcheck: files with the most findings:"
                + " src/main/resources/application.properties 2, b.yml 1, c.yml 1",
            "[INFO] portcheck: 2 infos not logged above, listed in the reports"
                + " (-Dportcheck.verbose=true logs them)");
    assertThat(String.join("\n", lines.subList(2, lines.size()))).doesNotContain("(port-range)");
  }

  /** What Maven 3 prints for each call: "[LEVEL] " and the message, as the console shows it. */
  private static final class PrintedLog extends SystemStreamLog {
    final List<String> calls = new ArrayList<>();
    final boolean warnEnabled; // false: as with -q

    PrintedLog(boolean warnEnabled) {
      this.warnEnabled = warnEnabled;
    }

    @Override
    public void error(CharSequence c) {
      calls.add("[ERROR] " + c);
    }

    @Override
    public void warn(CharSequence c) {
      calls.add("[WARNING] " + c);
    }

    @Override
    public void info(CharSequence c) {
      calls.add("[INFO] " + c);
    }

    @Override
    public boolean isWarnEnabled() {
      return warnEnabled;
    }

    @Override
    public boolean isInfoEnabled() {
      return warnEnabled; // -q leaves out both
    }

    String printed() {
      return String.join(System.lineSeparator(), calls);
    }
  }

  private List<Finding> many() {
    List<Finding> all = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      Severity s = Severity.values()[i % 3];
      all.add(new Finding("r" + i % 5, s, "dir/f" + i / 7 + ".yml", i, 2, "k", i, "message " + i));
    }
    return all;
  }

  @Test
  void plainLinesPrintByteForByteAsOneCallPerFindingInFewCalls() {
    for (boolean verbose : new boolean[] {false, true}) {
      PrintedLog each = new PrintedLog(true);
      many().forEach(new FindingLog(each, verbose)::log);
      PrintedLog chunked = new PrintedLog(true);
      new FindingLog(chunked, verbose, true).logAll(many());
      assertThat(chunked.printed()).isEqualTo(each.printed());
      assertThat(chunked.calls.size()).isLessThan(each.calls.size() / 100);
    }
  }

  @Test
  void chunksLeaveOutTheLevelsMavenDoesNotShow() {
    PrintedLog quiet = new PrintedLog(false);
    new FindingLog(quiet, true, true).logAll(many());
    assertThat(quiet.calls).allMatch(c -> c.startsWith("[ERROR] "));
    assertThat(quiet.printed()).doesNotContain("[WARNING]").doesNotContain("[INFO]");
    assertThat(quiet.printed().split(System.lineSeparator())).hasSize(1000);
  }

  @Test
  void withoutPlainLinesEachFindingIsOneCall() {
    PrintedLog each = new PrintedLog(true);
    new FindingLog(each, false).logAll(many());
    assertThat(each.calls).hasSize(2000);
  }
}
