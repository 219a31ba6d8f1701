package dev.portcheck.maven;

import dev.portcheck.core.engine.AnalysisRequest;
import dev.portcheck.core.findings.FailThreshold;
import dev.portcheck.core.report.ReportFormat;
import dev.portcheck.core.rules.PortInterval;
import dev.portcheck.core.rules.WellKnownPorts;
import java.nio.file.Path;
import java.util.List;

/**
 * A run's settings, parsed and checked. Each comes from the pom (or {@code -D}) when set there,
 * else from the project configuration file ({@code .portcheck.yml}/{@code portcheck.properties}),
 * else from portcheck's default. The Mojos only copy their parameters in, so every conversion and
 * every message about a bad value lives here.
 */
record VerifyRequest(
    AnalysisRequest analysis,
    String module,
    String toolVersion,
    FailThreshold failOn,
    List<ReportFormat> formats,
    Path outputDirectory,
    Path baseline,
    String sourceRootPrefix,
    PortInterval clientPorts,
    PortInterval nodePorts,
    WellKnownPorts wellKnownPorts,
    boolean incremental,
    boolean verbose) {

  /** The incremental index file, kept with the reports. */
  Path indexFile() {
    return outputDirectory.resolve("portcheck-index.bin");
  }

  /**
   * Identifies portcheck's build and every setting that changes results; an index written under
   * another fingerprint is discarded.
   */
  String fingerprint() {
    return IndexFingerprint.of(this);
  }

  static VerifyRequestBuilder builder() {
    return new VerifyRequestBuilder();
  }
}
