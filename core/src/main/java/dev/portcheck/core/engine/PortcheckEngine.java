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
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one analysis: collect files, scan each (in parallel when asked; files are independent), then
 * run the cross-file rules on every candidate, apply the user's rule settings and sort.
 */
public final class PortcheckEngine {
  private final RuleSet rules;
  private final ResultStorage storage;

  public PortcheckEngine(RuleSet rules) {
    this(rules, ResultStorage.AUTO);
  }

  public PortcheckEngine(RuleSet rules, ResultStorage storage) {
    this.rules = rules;
    this.storage = storage;
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
      ResultSpill spill =
          storage.onDisk(files.size(), Runtime.getRuntime().maxMemory()) ? new ResultSpill() : null;
      // Everything that concerns one file alone runs in the parallel part: scan, suppressions,
      // rule settings, sorting, and writing to the spill. What stays serial is the cross-file
      // rules and the merge.
      List<FileResult> perFile =
          Parallel.runEach(
              pool,
              threads,
              files.size(),
              i -> {
                ConfigFile f = files.get(i);
                FileResult r = finish(f, scanner.scan(f, cache, collected.stampOf(f)), request);
                progress.filesDone(done.incrementAndGet(), files.size());
                return spill == null ? r : r.spillTo(spill);
              });

      Map<String, List<Suppression>> suppressions = new HashMap<>();
      for (FileResult r : perFile) {
        if (!r.suppressions().isEmpty()) {
          suppressions.put(r.file(), r.suppressions());
        }
      }
      List<PortCandidate> all = spill == null ? onHeap(perFile) : onDisk(spill, perFile);
      List<Finding> later = new ArrayList<>(settle(skippedFiles(collected), Map.of(), request));
      later.addAll(settle(crossFile(all, cache, pool), suppressions, request));
      return new AnalysisResult(
          files.stream().map(ConfigFile::relativePath).toList(),
          all,
          spill == null ? findingsOnHeap(perFile, later) : findingsOnDisk(spill, perFile, later));
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
    Parallel.runAll(pool, tasks).forEach(found::addAll);
    cache.storeCrossFileFindings(found);
    return found;
  }

  /**
   * One file's candidates and findings, suppressions and rule settings applied, sorted; or, once
   * spilled, where they are.
   */
  private record FileResult(
      String file,
      List<PortCandidate> candidates,
      List<Finding> findings,
      List<Suppression> suppressions,
      ResultSpill.Block block) {

    FileResult spillTo(ResultSpill spill) throws IOException {
      ResultSpill.Block written =
          spill.write(new FileScanner.FileScan(candidates, findings, List.of()));
      return new FileResult(file, List.of(), List.of(), suppressions, written);
    }
  }

  private static List<PortCandidate> onHeap(List<FileResult> perFile) {
    List<PortCandidate> candidates = new ArrayList<>();
    perFile.forEach(r -> candidates.addAll(r.candidates()));
    // Files come sorted and each file's candidates too, so this sort only merges sorted runs.
    candidates.sort(PortCandidate.ORDER);
    return List.copyOf(candidates);
  }

  private static List<Finding> findingsOnHeap(List<FileResult> perFile, List<Finding> later) {
    List<Finding> findings = new ArrayList<>();
    perFile.forEach(r -> findings.addAll(r.findings()));
    findings.addAll(later);
    findings.sort(Finding.ORDER);
    return findings;
  }

  /** Files come sorted by path, which is the candidates' report order across files. */
  private static List<PortCandidate> onDisk(ResultSpill spill, List<FileResult> perFile) {
    return new SpilledList.Candidates(
        spill, perFile.stream().map(FileResult::block).toArray(ResultSpill.Block[]::new));
  }

  /**
   * The spilled findings with the later ones (skipped files, cross-file rules) slotted in by file;
   * a file that was not scanned gets a group of its own.
   */
  private static List<Finding> findingsOnDisk(
      ResultSpill spill, List<FileResult> perFile, List<Finding> later) {
    TreeMap<String, List<Finding>> byFile = new TreeMap<>();
    for (Finding f : later) {
      byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
    }
    byFile.values().forEach(l -> l.sort(Finding.ORDER));
    List<SpilledList.Findings.Group> groups = new ArrayList<>();
    for (FileResult r : perFile) {
      while (!byFile.isEmpty() && byFile.firstKey().compareTo(r.file()) < 0) {
        groups.add(new SpilledList.Findings.Group(null, byFile.pollFirstEntry().getValue()));
      }
      List<Finding> more = byFile.remove(r.file());
      groups.add(new SpilledList.Findings.Group(r.block(), more == null ? List.of() : more));
    }
    byFile.values().forEach(l -> groups.add(new SpilledList.Findings.Group(null, l)));
    return new SpilledList.Findings(spill, groups);
  }

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
    return new FileResult(
        file.relativePath(), scan.candidates(), findings, scan.suppressions(), null);
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
}
