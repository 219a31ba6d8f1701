package dev.portcheck.maven;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.report.PortMap;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;

/**
 * The {@code portcheck:report} page on a Doxia sink: the same summary, port map, findings and ports
 * as {@code portcheck.html}, in the look of the project's site.
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
    sink.rawText(PortMap.svg(module, result));
    sink.section2_();
    findings(result.findings());
    ports(result.candidates());
    sink.section1_();
    sink.body_();
    sink.flush();
  }

  private void findings(List<Finding> findings) {
    sink.section2();
    sink.sectionTitle2();
    sink.text("Findings");
    sink.sectionTitle2_();
    sink.table();
    sink.tableRows();
    row(true, "Severity", "Rule", "Where", "Message");
    for (Finding f : findings) {
      row(
          false,
          f.severity().id(),
          f.rule(),
          f.file() + ":[" + f.line() + "," + f.column() + "]",
          f.message());
    }
    sink.tableRows_();
    sink.table_();
    sink.section2_();
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
