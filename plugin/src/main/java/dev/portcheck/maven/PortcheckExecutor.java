package dev.portcheck.maven;

import dev.portcheck.core.baseline.Baseline;
import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.engine.IncrementalIndex;
import dev.portcheck.core.engine.PortcheckEngine;
import dev.portcheck.core.engine.ScanCache;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.report.FindingCounts;
import dev.portcheck.core.report.ReportContext;
import dev.portcheck.core.rules.ReactorWiring;
import dev.portcheck.core.rules.RuleSet;
import dev.portcheck.core.rules.SharedHostPortRule;
import dev.portcheck.core.rules.SharedHostPortRule.ModuleBindings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Runs one request for one module: analyse, add the reactor-wide clashes, apply the baseline, log,
 * write reports, and say whether the build fails.
 */
final class PortcheckExecutor {
  private final Log log;
  private final MavenSession session;
  private final MavenProject project;
  private final String pluginKey;

  PortcheckExecutor(Log log, MavenSession session, MavenProject project, String pluginKey) {
    this.log = log;
    this.session = session;
    this.project = project;
    this.pluginKey = pluginKey;
  }

  VerifyOutcome verify(VerifyRequest request, IdeMarkers markers) throws MojoExecutionException {
    long started = System.nanoTime();
    Analysis analysis = analyze(request);
    AnalysisResult result = analysis.result();
    List<Finding> findings = result.findings();
    String findingsKey = analysis.findingsKey(); // null once the findings are filtered
    Path baselineFile = request.baseline();
    if (baselineFile != null && Files.isRegularFile(baselineFile)) {
      findingsKey = null;
      Baseline.Filtered filtered = readBaseline(baselineFile).filter(findings);
      log.info(
          String.format(
              "portcheck: baseline %s accepts %d finding%s; %d baseline entr%s " + "now fixed",
              baselineFile.getFileName(),
              findings.size() - filtered.newFindings().size(),
              findings.size() - filtered.newFindings().size() == 1 ? "" : "s",
              filtered.fixedEntries(),
              filtered.fixedEntries() == 1 ? "y is" : "ies are"));
      findings = filtered.newFindings();
      result = result.withFindings(findings);
    }
    ReportContext context =
        new ReportContext(
            request.toolVersion(),
            request.module(),
            analysis.rules().describe(),
            request.sourceRootPrefix());
    // The reports are written while the findings are logged: both only read the result.
    ReportWriter reports =
        ReportWriter.start(request, result, context, analysis.contentDigest(), findingsKey);
    FindingLog findingLog =
        new FindingLog(
            log, request.verbose(), LogLayout.plainLines(session, System.getProperties()));
    findingLog.logAll(findings);
    markers.publish(request.analysis().baseDir(), result.files(), findings);
    if (GithubAnnotations.enabled(System.getenv())) {
      GithubAnnotations.print(findings, context, System.out);
    }
    List<Path> written = reports.await();

    long millis = (System.nanoTime() - started) / 1_000_000;
    log.info(
        String.format(
            "portcheck: %d files scanned, %d ports found, %d errors, %d warnings,"
                + " %d info in %d ms",
            result.files().size(),
            result.candidates().size(),
            result.count(Severity.ERROR),
            result.count(Severity.WARNING),
            result.count(Severity.INFO),
            millis));
    if (reports.current()) {
      log.info("portcheck: reports in " + shown(request) + " are current");
    } else {
      for (Path p : written) {
        log.info("portcheck: report written to " + p);
      }
    }
    findingLog.summary(FindingCounts.of(findings));
    long failing = findings.stream().map(Finding::severity).filter(request.failOn()::fails).count();
    String message =
        failing == 0
            ? ""
            : String.format(
                "portcheck found %d finding%s at or above severity %s (portcheck.failOnSeverity); "
                    + "see the log above%s",
                failing,
                failing == 1 ? "" : "s",
                request.failOn().name().toLowerCase(Locale.ROOT),
                written.isEmpty() ? "" : " or " + written.get(0));
    return new VerifyOutcome(failing, message, result.files());
  }

  /** The output folder relative to the module when inside it: {@code target/portcheck}. */
  private static String shown(VerifyRequest request) {
    Path base = request.analysis().baseDir().toAbsolutePath().normalize();
    Path out = request.outputDirectory().toAbsolutePath().normalize();
    return (out.startsWith(base) ? base.relativize(out) : out).toString().replace('\\', '/');
  }

  void writeBaseline(VerifyRequest request) throws MojoExecutionException {
    Analysis analysis = analyze(request);
    Path file = request.baseline();
    try {
      Baseline.of(analysis.result().findings()).write(file);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "portcheck: cannot write the baseline " + file + ": " + e.getMessage(), e);
    }
    log.info(
        "portcheck: baseline of "
            + analysis.result().findings().size()
            + " findings written to "
            + file);
  }

  /**
   * The engine's result plus the reactor-wide clashes this module reports.
   *
   * @param contentDigest the incremental index's digest; null without the index
   * @param findingsKey {@code contentDigest} when the findings follow from it alone and nothing was
   *     added to them (see {@link ReportWriter#start}); else null
   */
  private record Analysis(
      AnalysisResult result, RuleSet rules, String contentDigest, String findingsKey) {}

  private Analysis analyze(VerifyRequest request) throws MojoExecutionException {
    RuleSet rules =
        RuleSet.standard(request.clientPorts(), request.nodePorts(), request.wellKnownPorts());
    AnalysisResult result;
    String digest = null;
    boolean followDigest = false;
    try {
      if (request.incremental()) {
        long started = System.nanoTime();
        try (IncrementalIndex index =
            IncrementalIndex.load(
                request.indexFile(),
                request.fingerprint(),
                request.analysis().baseDir().toAbsolutePath().normalize().toString())) {
          result =
              new PortcheckEngine(rules).analyze(request.analysis(), index, new ProgressLog(log));
          index.save(request.indexFile());
          digest = index.contentDigest();
          followDigest = index.findingsFollowDigest();
          log.info(
              "portcheck: incremental index: "
                  + index.scanned()
                  + " files scanned, "
                  + index.reused()
                  + (index.tookStoredFindings() ? " unchanged (stored findings)" : " unchanged")
                  + "; analysis "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms (portcheck.incremental=false turns it off)");
        }
      } else {
        result =
            new PortcheckEngine(rules)
                .analyze(request.analysis(), ScanCache.NONE, new ProgressLog(log));
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "portcheck: cannot scan " + request.analysis().baseDir() + ": " + e.getMessage(), e);
    }
    AnalysisResult scanned = result;
    ReactorBindings.Share[] worked = new ReactorBindings.Share[1]; // only when others run too
    Supplier<ReactorBindings.Share> mine =
        () -> {
          if (worked[0] == null) {
            worked[0] =
                new ReactorBindings.Share(
                    new ModuleBindings(
                        request.module(),
                        SharedHostPortRule.runsInContainer(
                                scanned.files(), !request.analysis().images().isEmpty())
                            ? List.of()
                            : scanned.candidates().stream()
                                .filter(c -> !SharedHostPortRule.hostListens(c).isEmpty())
                                .toList()),
                    new ReactorWiring.Module(
                        request.module(),
                        request.analysis().baseDir(),
                        request.analysis().images(),
                        scanned.reactor()));
          }
          return worked[0];
        };
    List<ReactorBindings.Share> others =
        ReactorBindings.publish(session, project, pluginKey, mine).orElse(List.of());
    if (others.isEmpty()) {
      return new Analysis(result, rules, digest, followDigest ? digest : null);
    }
    List<Finding> reactorFindings =
        new ArrayList<>(
            SharedHostPortRule.check(
                mine.get().bindings(),
                others.stream().map(ReactorBindings.Share::bindings).toList()));
    List<ReactorWiring.Module> modules = new ArrayList<>();
    modules.add(mine.get().wiring());
    others.forEach(o -> modules.add(o.wiring()));
    reactorFindings.addAll(ReactorWiring.check(mine.get().wiring(), modules));
    List<Finding> findings = new ArrayList<>(result.findings());
    for (Finding f : reactorFindings) {
      request.analysis().ruleSettings().apply(f).ifPresent(findings::add);
    }
    findings.sort(Finding.ORDER);
    return new Analysis(result.withFindings(findings), rules, digest, null);
  }

  private static Baseline readBaseline(Path file) throws MojoExecutionException {
    try {
      return Baseline.read(file);
    } catch (IOException e) {
      throw new MojoExecutionException("portcheck: " + e.getMessage());
    }
  }
}
