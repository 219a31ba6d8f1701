package dev.portcheck.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.findings.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReporterTest {
  @TempDir Path base;

  @Test
  void holdsEveryFindingEscapedAndFetchesNothing() throws Exception {
    AnalysisResult result = ReportFixture.analyse(base);
    String html = ReportFixture.written(new HtmlReporter(), result, base.resolve("portcheck.html"));
    for (Finding f : result.findings()) {
      assertThat(html).contains(Html.esc(f.message()));
    }
    assertThat(html)
        .contains("<svg id=\"portmap\"")
        .contains("application orders")
        .contains("profile default")
        .contains("compose service web")
        .contains(PortMap.scale());
    assertThat(html).doesNotContain("<&>").contains("&lt;&amp;&gt;");
    assertThat(html).doesNotContainPattern("(src|href)=\"https?:");
    assertThat(html).doesNotContain("<link");
  }

  @Test
  void theMapAxisGivesEachRangeItsShare() {
    assertThat(PortMapSvg.x(0)).isLessThan(PortMapSvg.x(1023));
    assertThat(PortMapSvg.x(1024) - PortMapSvg.x(0)).isGreaterThan(100);
    assertThat(PortMapSvg.x(65535)).isLessThanOrEqualTo(PortMapSvg.WIDTH);
    // the crowded band gets half the axis: 8080 and 8180 are 5 units apart or more
    assertThat(PortMapSvg.x(8180) - PortMapSvg.x(8080)).isGreaterThan(5);
  }

  @Test
  void drawsTheWiringWithBrokenEdgesLinkedToTheirFindings() throws Exception {
    Files.writeString(
        base.resolve("app.yaml"),
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
              - name: web
                image: example/web
                ports:
                - containerPort: 8080
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          selector: {app: web}
          ports:
          - port: 80
            targetPort: 8081
        """);
    AnalysisResult result =
        dev.portcheck.core.engine.PortcheckEngine.standard()
            .analyze(dev.portcheck.core.engine.AnalysisRequest.defaults(base));
    String html = ReportFixture.written(new HtmlReporter(), result, base.resolve("portcheck.html"));
    assertThat(html)
        .contains("<div id=\"wiring\"")
        .contains("service web")
        .contains("listens 8080");
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile(
                "<a href=\"#(finding-\\d+)\"><g id=\"(edge-\\d+)\" class=\"edge broken\"")
            .matcher(html);
    assertThat(link.find()).as("a broken edge linked to a finding").isTrue();
    assertThat(html).contains("\" id=\"" + link.group(1) + "\" data-severity=");
    assertThat(html).contains("<a class=\"to-wiring\" href=\"#" + link.group(2) + "\"");
    assertThat(html).contains("pod web");
    assertThat(html).contains(">8081 ✗</text>");
  }

  @Test
  void noWiringNoSection() throws Exception {
    AnalysisResult analysed = ReportFixture.analyse(base);
    AnalysisResult result =
        new AnalysisResult(analysed.files(), analysed.candidates(), analysed.findings());
    assertThat(ReportFixture.written(new HtmlReporter(), result, base.resolve("portcheck.html")))
        .doesNotContain("<div id=\"wiring\"");
  }

  @Test
  void groupsFindingsByRuleAndFileWithInfosCollapsed() throws Exception {
    AnalysisResult result = ReportFixture.analyse(base);
    String html = ReportFixture.written(new HtmlReporter(), result, base.resolve("portcheck.html"));
    FindingCounts counts = FindingCounts.of(result.findings());
    for (FindingCounts.RuleCount r : counts.rules()) {
      assertThat(html).contains("<tr data-rule=\"" + r.rule() + "\">");
    }
    int details = html.indexOf("<details id=\"infos\">");
    assertThat(details).isPositive();
    assertThat(html.indexOf("<span class=\"sev sev-info\">")).isGreaterThan(details);
    assertThat(html.indexOf("<span class=\"sev sev-error\">")).isBetween(0, details);
    assertThat(html).contains("<tr id=\"port-0\">").contains("class=\"where\" href=\"#port-");
  }
}
