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
    Path out = base.resolve("portcheck.html");
    new HtmlReporter().write(result, ReportFixture.context(), out);
    String html = Files.readString(out);
    for (Finding f : result.findings()) {
      assertThat(html).contains(Html.esc(f.message()));
    }
    assertThat(html).contains("<svg id=\"portmap\"").contains("orders · default");
    assertThat(html).doesNotContain("<&>").contains("&lt;&amp;&gt;");
    assertThat(html).doesNotContainPattern("(src|href)=\"https?:");
    assertThat(html).doesNotContain("<link");
  }

  @Test
  void theMapAxisGivesEachRangeItsShare() {
    assertThat(PortMapSvg.x(0)).isLessThan(PortMapSvg.x(1023));
    assertThat(PortMapSvg.x(1024) - PortMapSvg.x(0)).isGreaterThan(100);
    assertThat(PortMapSvg.x(65535)).isLessThanOrEqualTo(1000);
  }
}
