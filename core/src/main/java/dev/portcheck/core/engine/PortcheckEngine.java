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
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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
    int threads = Math.min(request.threads(), Math.max(1, files.size())); // threads() >= 1
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
    try {
      AtomicInteger done = new AtomicInteger();
      // Everything that concerns one file alone runs in the parallel part: scan, suppressions,
      // rule settings, sorting. What stays serial is the cross-file rules and the merge.
      List<FileResult> perFile =
          runAll(
              pool,
              files.stream()
                  .map(
                      f ->
                          (Callable<FileResult>)
                              () -> {
                                FileResult r =
                                    finish(
                                        f, scanner.scan(f, cache, collected.stampOf(f)), request);
                                progress.filesDone(done.incrementAndGet(), files.size());
                                return r;
                              })
                  .toList());

      List<PortCandidate> candidates = new ArrayList<>();
      List<Finding> findings = new ArrayList<>();
      Map<String, List<Suppression>> suppressions = new HashMap<>();
      for (FileResult r : perFile) {
        candidates.addAll(r.candidates());
        findings.addAll(r.findings());
        if (!r.suppressions().isEmpty()) {
          suppressions.put(r.file(), r.suppressions());
        }
      }
      findings.addAll(settle(skippedFiles(collected), Map.of(), request));
      // Files come sorted and each file's candidates too, so this sort only merges sorted runs.
      candidates.sort(PortCandidate.ORDER);
      List<PortCandidate> all = List.copyOf(candidates);
      findings.addAll(settle(crossFile(all, cache, pool), suppressions, request));
      findings.sort(Finding.ORDER);
      return new AnalysisResult(
          files.stream().map(ConfigFile::relativePath).toList(), all, findings);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /**
   * The cross-file rules' findings, side by side on the pool; taken from the cache when it holds
   * the findings of the very same files.
   */
  private List<Finding> crossFile(List<PortCandidate> all, ScanCache cache, ExecutorService pool)
      throws IOException {
    Optional<List<Finding>> known = cache.crossFileFindings();
    if (known.isPresent()) {
      return known.get();
    }
    List<Callable<List<Finding>>> tasks = new ArrayList<>();
    for (ProjectRule rule : rules.projectRules()) {
      tasks.add(() -> rule.check(all));
    }
    List<Finding> found = new ArrayList<>();
    runAll(pool, tasks).forEach(found::addAll);
    cache.storeCrossFileFindings(found);
    return found;
  }

  /** One file's candidates and findings, suppressions and rule settings applied, sorted. */
  private record FileResult(
      String file,
      List<PortCandidate> candidates,
      List<Finding> findings,
      List<Suppression> suppressions) {}

  private static FileResult finish(
      ConfigFile file, FileScanner.FileScan scan, AnalysisRequest request) {
    Map<String, List<Suppression>> here =
        scan.suppressions().isEmpty() ? Map.of() : Map.of(file.relativePath(), scan.suppressions());
    List<Finding> findings = new ArrayList<>();
    for (Finding f : SuppressionFilter.apply(scan.findings(), here, request.ignoreSuppressions())) {
      request.ruleSettings().apply(f).ifPresent(findings::add);
    }
    findings.sort(Finding.ORDER);
    // FileScanner hands candidates over in report order already.
    return new FileResult(file.relativePath(), scan.candidates(), findings, scan.suppressions());
  }

  /** Findings of the cross-file rules: suppressions and rule settings applied. */
  private static List<Finding> settle(
      List<Finding> found, Map<String, List<Suppression>> suppressions, AnalysisRequest request) {
    List<Finding> kept = new ArrayList<>();
    for (Finding f : SuppressionFilter.silence(found, suppressions, request.ignoreSuppressions())) {
      request.ruleSettings().apply(f).ifPresent(kept::add);
    }
    return kept;
  }

  private static List<Finding> skippedFiles(FileCollector.Collected collected) {
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
    return raw;
  }

  /** Runs the tasks on the pool (or here, without one) and returns their results in order. */
  private static <T> List<T> runAll(ExecutorService pool, List<Callable<T>> tasks)
      throws IOException {
    try {
      if (pool == null) {
        List<T> results = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
          results.add(task.call());
        }
        return results;
      }
      List<Future<T>> futures = new ArrayList<>(tasks.size());
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(task));
      }
      List<T> results = new ArrayList<>(tasks.size());
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("analysis interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("analysis failed: " + e.getCause(), e.getCause());
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("analysis failed: " + e, e);
    }
  }
}
