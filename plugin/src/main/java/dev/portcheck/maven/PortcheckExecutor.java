package dev.portcheck.maven;

import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.engine.PortcheckEngine;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.report.ReportContext;
import dev.portcheck.core.report.ReportFormat;
import dev.portcheck.core.report.Reporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/** Runs one verify request: analyse, log, write reports, and say whether the build fails. */
final class PortcheckExecutor {
  private final Log log;

  PortcheckExecutor(Log log) {
    this.log = log;
  }

  VerifyOutcome execute(VerifyRequest request) throws MojoExecutionException {
    long started = System.nanoTime();
    PortcheckEngine engine = PortcheckEngine.standard();
    AnalysisResult result;
    try {
      result = engine.analyze(request.analysis());
    } catch (IOException e) {
      throw new MojoExecutionException("portcheck: cannot scan " + request.analysis().baseDir()
          + ": " + e.getMessage(), e);
    }
    FindingLog findingLog = new FindingLog(log);
    result.findings().forEach(findingLog::log);

    ReportContext context =
        new ReportContext(request.toolVersion(), request.module(), engine.rules().describe());
    List<Path> written = writeReports(request, result, context);

    long millis = (System.nanoTime() - started) / 1_000_000;
    log.info(String.format("portcheck: %d files scanned, %d ports found, %d errors, %d warnings,"
            + " %d info in %d ms", result.files().size(), result.candidates().size(),
        result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO),
        millis));
    for (Path p : written) {
      log.info("portcheck: report written to " + p);
    }
    long failing = result.findings().stream()
        .map(Finding::severity)
        .filter(request.failOn()::fails)
        .count();
    String message = failing == 0 ? "" : String.format(
        "portcheck found %d finding%s at or above severity %s (portcheck.failOnSeverity); "
            + "see the log above%s", failing, failing == 1 ? "" : "s",
        request.failOn().name().toLowerCase(java.util.Locale.ROOT),
        written.isEmpty() ? "" : " or " + written.get(0));
    return new VerifyOutcome(failing, message);
  }

  private static List<Path> writeReports(
      VerifyRequest request, AnalysisResult result, ReportContext context)
      throws MojoExecutionException {
    List<Path> written = new ArrayList<>();
    if (request.formats().isEmpty()) {
      return written;
    }
    try {
      Files.createDirectories(request.outputDirectory());
      for (ReportFormat format : request.formats()) {
        Reporter reporter = format.reporter();
        Path file = request.outputDirectory().resolve(reporter.fileName());
        reporter.write(result, context, file);
        written.add(file);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("portcheck: cannot write reports to "
          + request.outputDirectory() + ": " + e.getMessage(), e);
    }
    return written;
  }
}
