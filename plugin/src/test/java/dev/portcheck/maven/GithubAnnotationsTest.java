package dev.portcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.report.ReportContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {
  @Test
  void onlyOnGithubActions() {
    assertThat(GithubAnnotations.enabled(Map.of("GITHUB_ACTIONS", "true"))).isTrue();
    assertThat(GithubAnnotations.enabled(Map.of())).isFalse();
  }

  @Test
  void printsWorkflowCommandsWithRepositoryPaths() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    GithubAnnotations.print(
        List.of(
            new Finding(
                "port-range", Severity.ERROR, "src/a.properties", 3, 13, "k", -1, "bad: 100%"),
            new Finding("special-port", Severity.INFO, "b.yml", 1, 2, "k", 0, "x\ny")),
        new ReportContext("1", "m", List.of(), "svc/"),
        out);
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "::error file=svc/src/a.properties,line=3,col=13,title=portcheck port-range::bad: 100%25",
            "::notice file=svc/b.yml,line=1,col=2,title=portcheck special-port::x%0Ay");
  }
}
