package dev.portcheck.maven;

import dev.portcheck.core.engine.AnalysisRequest;
import dev.portcheck.core.findings.FailThreshold;
import dev.portcheck.core.report.ReportFormat;
import dev.portcheck.core.rules.RuleSettings;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The verify goal's settings, parsed and checked: the Mojo only copies its parameters in, so
 * every conversion and every message about a bad value lives here.
 */
record VerifyRequest(
    AnalysisRequest analysis,
    String module,
    String toolVersion,
    FailThreshold failOn,
    List<ReportFormat> formats,
    Path outputDirectory) {

  static Builder builder() {
    return new Builder();
  }

  /** Collects raw parameter values; {@link #build()} validates them. */
  static final class Builder {
    private Path baseDir;
    private String module = "";
    private String toolVersion = "";
    private String includes;
    private String excludes;
    private String failOnSeverity = "error";
    private String formats = "json";
    private Path outputDirectory;
    private String encoding = "UTF-8";
    private long maxFileSize = AnalysisRequest.DEFAULT_MAX_FILE_BYTES;
    private int threads = 1;
    private RuleSettings ruleSettings = RuleSettings.DEFAULTS;
    private boolean ignoreSuppressions;

    Builder baseDir(Path v) { baseDir = v; return this; }
    Builder module(String v) { module = v; return this; }
    Builder toolVersion(String v) { toolVersion = v; return this; }
    Builder includes(String v) { includes = v; return this; }
    Builder excludes(String v) { excludes = v; return this; }
    Builder failOnSeverity(String v) { failOnSeverity = v; return this; }
    Builder formats(String v) { formats = v; return this; }
    Builder outputDirectory(Path v) { outputDirectory = v; return this; }
    Builder encoding(String v) { encoding = v; return this; }
    Builder maxFileSize(long v) { maxFileSize = v; return this; }
    Builder threads(int v) { threads = v; return this; }
    Builder ruleSettings(RuleSettings v) { ruleSettings = v; return this; }
    Builder ignoreSuppressions(boolean v) { ignoreSuppressions = v; return this; }

    VerifyRequest build() throws MojoExecutionException {
      try {
        FailThreshold failOn = FailThreshold.parse(failOnSeverity);
        List<ReportFormat> reportFormats = new ArrayList<>();
        for (String f : split(formats)) {
          ReportFormat format = ReportFormat.parse(f);
          if (!reportFormats.contains(format)) {
            reportFormats.add(format);
          }
        }
        Charset charset = charset(encoding);
        if (maxFileSize <= 0) {
          throw new IllegalArgumentException("portcheck.maxFileSize must be positive, was " + maxFileSize);
        }
        List<String> inc = split(includes);
        List<String> exc = split(excludes);
        AnalysisRequest analysis = new AnalysisRequest(
            baseDir,
            inc.isEmpty() ? AnalysisRequest.DEFAULT_INCLUDES : inc,
            exc.isEmpty() ? AnalysisRequest.DEFAULT_EXCLUDES : exc,
            charset, maxFileSize, threads, ruleSettings, ignoreSuppressions);
        return new VerifyRequest(analysis, module, toolVersion, failOn, List.copyOf(reportFormats),
            outputDirectory);
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException("portcheck: " + e.getMessage());
      }
    }

    private static Charset charset(String name) {
      try {
        return Charset.forName(name.trim());
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("unknown portcheck.encoding '" + name
            + "': expected a charset name such as UTF-8 or ISO-8859-1");
      }
    }

    static List<String> split(String commaList) {
      if (commaList == null || commaList.isBlank()) {
        return List.of();
      }
      return Arrays.stream(commaList.split(","))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .toList();
    }
  }
}
