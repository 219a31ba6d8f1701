package dev.portcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portcheck.core.engine.AnalysisRequest;
import dev.portcheck.core.findings.FailThreshold;
import dev.portcheck.core.report.ReportFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class VerifyRequestTest {
  private static VerifyRequestBuilder base() {
    return VerifyRequest.builder()
        .baseDir(Path.of("/p"))
        .outputDirectory(Path.of("/p/target/portcheck"));
  }

  @Test
  void emptyGlobsMeanTheDefaults() throws MojoExecutionException {
    VerifyRequest r = base().includes(" ").excludes(null).build();
    assertThat(r.analysis().includes()).isEqualTo(AnalysisRequest.DEFAULT_INCLUDES);
    assertThat(r.analysis().excludes()).isEqualTo(AnalysisRequest.DEFAULT_EXCLUDES);
    assertThat(r.analysis().charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(r.failOn()).isEqualTo(FailThreshold.ERROR);
    assertThat(r.formats()).containsExactly(ReportFormat.JSON);
  }

  @Test
  void commaListsAreSplitAndTrimmed() throws MojoExecutionException {
    VerifyRequest r =
        base()
            .includes("a/*.yml, b/**/*.properties ,")
            .formats("json,JSON")
            .failOnSeverity("WARNING")
            .encoding("ISO-8859-1")
            .build();
    assertThat(r.analysis().includes()).containsExactly("a/*.yml", "b/**/*.properties");
    assertThat(r.formats()).containsExactly(ReportFormat.JSON);
    assertThat(r.failOn()).isEqualTo(FailThreshold.WARNING);
    assertThat(r.analysis().charset()).isEqualTo(StandardCharsets.ISO_8859_1);
  }

  @Test
  void badValuesGiveMessagesNamingWhatIsAllowed() {
    assertThatThrownBy(() -> base().failOnSeverity("fatal").build())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("error, warning, info or none");
    assertThatThrownBy(() -> base().formats("pdf").build())
        .hasMessageContaining("unknown report format 'pdf'");
    assertThatThrownBy(() -> base().encoding("klingon-8").build())
        .hasMessageContaining("unknown portcheck.encoding 'klingon-8'");
    assertThatThrownBy(() -> base().maxFileSize(0).build())
        .hasMessageContaining("portcheck.maxFileSize must be positive");
  }
}
