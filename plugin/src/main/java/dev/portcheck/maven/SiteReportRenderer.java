package dev.portcheck.maven;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.report.FindingCounts;
import dev.portcheck.core.report.PortMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.maven.doxia.sink.Sink;

/**
 * The {@code portcheck:report} page on a Doxia sink: the same summary, port map, findings (counts
 * per rule and severity, grouped by rule and file, infos last) and ports as {@code portcheck.html},
 * in the look of the project's site.
 */
final class SiteReportRenderer {
  private final Sink sink;

  SiteReportRenderer(Sink sink) {
    this.sink = sink;
  }

  void render(String module, AnalysisResult result) {
    sink.head();
    sink.title();
    sink.text("portcheck");
    sink.title_();
    sink.head_();
    sink.body();
    sink.section1();
    sink.sectionTitle1();
    sink.text("portcheck: ports configured in " + module);
    sink.sectionTitle1_();
    sink.paragraph();
    sink.text(
        result.files().size()
            + " files scanned, "
            + result.candidates().size()
            + " ports found: "
            + result.count(Severity.ERROR)
            + " errors, "
            + result.count(Severity.WARNING)
            + " warnings, "
            + result.count(Severity.INFO)
            + " info.");
    sink.paragraph_();
    sink.section2();
    sink.sectionTitle2();
    sink.text("Port map");
    sink.sectionTitle2_();
    sink.paragraph();
    sink.text(
        "A row for each application profile, compose service, Kubernetes pod and the host. "
            + PortMap.scale());
    sink.paragraph_();
    sink.rawText(PortMap.svg(module, result));
    sink.section2_();
    findings(result.findings());
    ports(result.candidates());
    sink.section1_();
    sink.body_();
    sink.flush();
  }

  /**
   * Counts per rule and severity, then errors and warnings grouped by rule and file, then infos
   * grouped the same way in a section of their own: the structure of {@code portcheck.html}.
   */
  private void findings(List<Finding> findings) {
    FindingCounts counts = FindingCounts.of(findings);
    sink.section2();
    sink.sectionTitle2();
    sink.text("Findings");
    sink.sectionTitle2_();
    if (counts.total() == 0) {
      sink.paragraph();
      sink.text("No findings.");
      sink.paragraph_();
    } else {
      sink.table();
      sink.tableRows();
      row(true, "Rule", "errors", "warnings", "infos", "total");
      for (FindingCounts.RuleCount r : counts.rules()) {
        row(
            false,
            r.rule(),
            count(r.errors()),
            count(r.warnings()),
            count(r.infos()),
            String.valueOf(r.total()));
      }
      row(
          false,
          "all rules",
          String.valueOf(counts.count(Severity.ERROR)),
          String.valueOf(counts.count(Severity.WARNING)),
          String.valueOf(counts.count(Severity.INFO)),
          String.valueOf(counts.total()));
      sink.tableRows_();
      sink.table_();
      groups(counts.group(findings, Function.identity(), f -> f.severity() != Severity.INFO));
    }
    sink.section2_();
    Map<String, Map<String, List<Finding>>> infos =
        counts.group(findings, Function.identity(), f -> f.severity() == Severity.INFO);
    if (!infos.isEmpty()) {
      sink.section2();
      sink.sectionTitle2();
      sink.text("Infos: " + FindingCounts.describe(counts.count(Severity.INFO), Severity.INFO));
      sink.sectionTitle2_();
      groups(infos);
      sink.section2_();
    }
  }

  private void groups(Map<String, Map<String, List<Finding>>> byRule) {
    for (Map.Entry<String, Map<String, List<Finding>>> rule : byRule.entrySet()) {
      long[] n = new long[Severity.values().length];
      rule.getValue().values().forEach(l -> l.forEach(f -> n[f.severity().ordinal()]++));
      sink.section3();
      sink.sectionTitle3();
      sink.text(
          rule.getKey()
              + ": "
              + new FindingCounts.RuleCount(rule.getKey(), n[0], n[1], n[2]).describe());
      sink.sectionTitle3_();
      for (Map.Entry<String, List<Finding>> file : rule.getValue().entrySet()) {
        sink.paragraph();
        sink.bold();
        sink.text(file.getKey());
        sink.bold_();
        sink.text(" (" + file.getValue().size() + ")");
        sink.paragraph_();
        sink.table();
        sink.tableRows();
        row(true, "Severity", "Where", "Message");
        for (Finding f : file.getValue()) {
          row(false, f.severity().id(), "[" + f.line() + "," + f.column() + "]", f.message());
        }
        sink.tableRows_();
        sink.table_();
      }
      sink.section3_();
    }
  }

  private static String count(long n) {
    return n == 0 ? "" : String.valueOf(n);
  }

  private void ports(List<PortCandidate> candidates) {
    sink.section2();
    sink.sectionTitle2();
    sink.text("Ports configured");
    sink.sectionTitle2_();
    sink.table();
    sink.tableRows();
    row(true, "Where", "Key", "Value", "Ports", "Role", "Profile");
    for (PortCandidate c : candidates) {
      row(
          false,
          c.file() + ":" + c.line(),
          c.key(),
          c.raw(),
          c.portValues().toString(),
          c.role().id(),
          c.profile().isEmpty() ? "default" : c.profile());
    }
    sink.tableRows_();
    sink.table_();
    sink.section2_();
  }

  private void row(boolean header, String... cells) {
    sink.tableRow();
    for (String cell : cells) {
      if (header) {
        sink.tableHeaderCell();
      } else {
        sink.tableCell();
      }
      sink.text(cell);
      if (header) {
        sink.tableHeaderCell_();
      } else {
        sink.tableCell_();
      }
    }
    sink.tableRow_();
  }
}
