package dev.portcheck.core.engine;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.files.FileCollector;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.rules.ProjectRule;
import dev.portcheck.core.rules.ReadProblemRules;
import dev.portcheck.core.rules.RuleSet;
import dev.portcheck.core.suppress.Suppression;
import dev.portcheck.core.suppress.SuppressionFilter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one analysis: collect files, scan each (in parallel when asked; files are independent), then
 * run the cross-file rules on every candidate, apply the user's rule settings and sort.
 */
public final class PortcheckEngine {
  private final RuleSet rules;

  public PortcheckEngine(RuleSet rules) {
    this.rules = rules;
  }

  public static PortcheckEngine standard() {
    return new PortcheckEngine(RuleSet.standard());
  }

  public RuleSet rules() {
    return rules;
  }

  public AnalysisResult analyze(AnalysisRequest request) throws IOException {
    return analyze(request, ScanCache.NONE);
  }

  /** An analysis that reuses the scans {@code cache} holds for files whose bytes did not change. */
  public AnalysisResult analyze(AnalysisRequest request, ScanCache cache) throws IOException {
    return analyze(request, cache, ScanProgress.NONE);
  }

  /** An analysis that also reports how many files are done. */
  public AnalysisResult analyze(AnalysisRequest request, ScanCache cache, ScanProgress progress)
      throws IOException {
    FileCollector.Collected collected =
        new FileCollector(request.includes(), request.excludes()).collect(request.baseDir());
    List<ConfigFile> files = collected.files();
    FileScanner scanner = new FileScanner(request.charset(), request.maxFileBytes(), rules);
    List<FileScanner.FileScan> scans = scanAll(scanner, cache, files, request.threads(), progress);

    List<PortCandidate> candidates = new ArrayList<>();
    List<Finding> raw = new ArrayList<>();
    for (String problem : collected.problems()) {
      int colon = problem.indexOf(": ");
      raw.add(
          new Finding(
              ReadProblemRules.FILE_SKIPPED.id(),
              ReadProblemRules.FILE_SKIPPED.defaultSeverity(),
              problem.substring(0, colon),
              1,
              1,
              "",
              -1,
              problem.substring(colon + 2)));
    }
    Map<String, List<Suppression>> suppressions = new HashMap<>();
    for (int i = 0; i < scans.size(); i++) {
      FileScanner.FileScan scan = scans.get(i);
      candidates.addAll(scan.candidates());
      raw.addAll(scan.findings());
      if (!scan.suppressions().isEmpty()) {
        suppressions.put(files.get(i).relativePath(), scan.suppressions());
      }
    }
    candidates.sort(PortCandidate.ORDER);
    for (ProjectRule rule : rules.projectRules()) {
      raw.addAll(rule.check(candidates));
    }
    List<Finding> findings = new ArrayList<>();
    for (Finding f : SuppressionFilter.apply(raw, suppressions, request.ignoreSuppressions())) {
      request.ruleSettings().apply(f).ifPresent(findings::add);
    }
    findings.sort(Finding.ORDER);
    return new AnalysisResult(
        files.stream().map(ConfigFile::relativePath).toList(), candidates, findings);
  }

  private static List<FileScanner.FileScan> scanAll(
      FileScanner scanner,
      ScanCache cache,
      List<ConfigFile> files,
      int threads,
      ScanProgress progress)
      throws IOException {
    java.util.concurrent.atomic.AtomicInteger done =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.function.Function<ConfigFile, FileScanner.FileScan> scanOne =
        f -> {
          FileScanner.FileScan scan = scanner.scan(f, cache);
          progress.filesDone(done.incrementAndGet(), files.size());
          return scan;
        };
    if (threads <= 1 || files.size() < 2) {
      return files.stream().map(scanOne).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()));
    try {
      List<Future<FileScanner.FileScan>> futures = new ArrayList<>(files.size());
      for (ConfigFile f : files) {
        futures.add(pool.submit(() -> scanOne.apply(f)));
      }
      List<FileScanner.FileScan> scans = new ArrayList<>(files.size());
      for (Future<FileScanner.FileScan> future : futures) {
        scans.add(future.get());
      }
      return scans;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("analysis interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("analysis failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
