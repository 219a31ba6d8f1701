package dev.portcheck.core.engine;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.files.ConfigFile;
import dev.portcheck.core.files.FileCollector;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.rules.ProjectRule;
import dev.portcheck.core.rules.ReactorWiring;
import dev.portcheck.core.rules.ReadProblemRules;
import dev.portcheck.core.rules.RuleSet;
import dev.portcheck.core.rules.WiringRules;
import dev.portcheck.core.suppress.Suppression;
import dev.portcheck.core.suppress.SuppressionFilter;
import dev.portcheck.core.wiring.WiringGraph;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one analysis: walk the module and scan each file as the walk finds it (in parallel when
 * asked; files are independent), applying suppressions and the user's rule settings per file; then
 * run the cross-file rules on every candidate and put the results together in report order. Large
 * results wait in a temporary file instead of the heap ({@link ResultStorage}).
 */
public final class PortcheckEngine {
  private final RuleSet rules;
  private final ResultStorage storage;
  private final long heapBytes;

  public PortcheckEngine(RuleSet rules) {
    this(rules, ResultStorage.AUTO);
  }

  public PortcheckEngine(RuleSet rules, ResultStorage storage) {
    this(rules, storage, Runtime.getRuntime().maxMemory());
  }

  /** An engine that plans {@code storage} for a heap of {@code heapBytes} (tests). */
  PortcheckEngine(RuleSet rules, ResultStorage storage, long heapBytes) {
    this.rules = rules;
    this.storage = storage;
    this.heapBytes = heapBytes;
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
    if (cache instanceof IncrementalIndex index) {
      Optional<AnalysisResult> unchanged = UnchangedRun.attempt(this, request, index);
      if (unchanged.isPresent()) {
        return unchanged.get();
      }
    }
    FileScanner scanner = new FileScanner(request.charset(), request.maxFileBytes(), rules);
    int threads = request.threads(); // >= 1
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
    try {
      AtomicInteger done = new AtomicInteger();
      SpillOnDemand spill = new SpillOnDemand(storage, heapBytes);
      // The wiring model lives on the heap: past an eighth of it, its facts are dropped.
      long wiringBudget = heapBytes / 8 / WIRING_UNIT_BYTES;
      AtomicLong wiringUnits = new AtomicLong();
      AtomicReference<String> wiringDropped = new AtomicReference<>();
      // Everything that concerns one file alone runs in the parallel part, while the walk goes
      // on: scan, suppressions, rule settings, sorting, and writing to the spill. What stays
      // serial is the cross-file rules and the merge.
      WalkingScan.Outcome<FileResult> scanned =
          WalkingScan.run(
              new FileCollector(request.includes(), request.excludes()),
              request.baseDir(),
              pool,
              threads,
              (f, stamp, held, found) -> {
                FileResult r = finish(f, scanner.scan(f, cache, stamp), request);
                if (!r.wiring().isEmpty()
                    && (wiringDropped.get() != null
                        || wiringUnits.addAndGet(r.wiring().weight()) > wiringBudget)) {
                  wiringDropped.compareAndSet(null, r.file());
                  r = r.withoutWiring();
                }
                progress.filesDone(done.incrementAndGet(), found);
                return spill.neededFor(held) ? r.spillTo(spill.open()) : r;
              });
      FileCollector.Collected collected = scanned.collected();
      List<ConfigFile> files = collected.files();
      List<FileResult> perFile = spill.completed(scanned.results(), pool);
      ResultSpill spilled = spill.opened();

      Map<String, List<Suppression>> suppressions = new HashMap<>();
      for (FileResult r : perFile) {
        if (!r.suppressions().isEmpty()) {
          suppressions.put(r.file(), r.suppressions());
        }
      }
      List<PortCandidate> all =
          spilled == null
              ? FileResults.candidatesOnHeap(perFile)
              : FileResults.candidatesOnDisk(spilled, perFile);
      List<Finding> later = new ArrayList<>(settle(skippedFiles(collected), Map.of(), request));
      WiringStage stage =
          wiringDropped.get() == null
              ? new WiringStage(rules.wiringRules(), perFile, request)
              : null;
      // Compose values that use .env variables, read again now that the model knows each file's.
      ProjectVariables.Outcome variables =
          ProjectVariables.resolve(all, stage == null ? () -> null : stage::compose, rules);
      all = variables.candidates();
      // A chart template's settings in branches its values turn off, left out as the model does.
      boolean charts = perFile.stream().anyMatch(r -> !r.wiring().chartTemplates().isEmpty());
      HelmRendering helm =
          HelmRendering.of(
              charts && stage != null, stage == null ? Map::of : stage::droppedBranches);
      all = helm.candidates(all);
      later.addAll(settle(variables.findings(), suppressions, request));
      // The cross-file rules run on the pool while this thread works out the wiring.
      Parallel.Pending<List<Finding>> crossFile = crossFile(all, cache, pool);
      WiringStage.Outcome wiring =
          stage != null
              ? stage.run(cache, pool)
              : new WiringStage.Outcome(
                  List.of(wiringSkipped(wiringDropped.get())),
                  WiringGraph.EMPTY,
                  Lazy.of(ReactorWiring.Facts.NONE));
      later.addAll(settle(variables.linkAll(crossFile.get()), suppressions, request));
      later.addAll(settle(wiring.findings(), suppressions, request));
      List<Finding> findings =
          ShippedApplications.apply(
              helm.findings(
                  spilled == null
                      ? FileResults.findingsOnHeap(perFile, later)
                      : FileResults.findingsOnDisk(spilled, perFile, later)),
              files,
              all,
              stage == null ? file -> false : stage::runsInContainer);
      if (wiringDropped.get() == null && collected.problems().isEmpty()) {
        // these findings follow from the files, the settings and the wiring's outside files alone
        cache.storeFinalFindings(findings, all.size());
      }
      return new AnalysisResult(
          files.stream().map(ConfigFile::relativePath).toList(),
          all,
          findings,
          Lazy.of(wiring.graph()),
          wiring.reactor());
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /**
   * The cross-file rules' findings, side by side on the pool (started, to be collected later);
   * taken from the cache when it holds the findings of the very same files.
   */
  private Parallel.Pending<List<Finding>> crossFile(
      List<PortCandidate> all, ScanCache cache, ExecutorService pool) throws IOException {
    Optional<List<Finding>> known = cache.crossFileFindings();
    if (known.isPresent()) {
      return known::get;
    }
    List<Callable<List<Finding>>> tasks = new ArrayList<>();
    for (ProjectRule rule : rules.projectRules()) {
      tasks.add(() -> rule.check(all));
    }
    Parallel.Pending<List<List<Finding>>> running = Parallel.start(pool, tasks);
    return () -> {
      List<Finding> found = new ArrayList<>();
      running.get().forEach(found::addAll);
      cache.storeCrossFileFindings(found);
      return found;
    };
  }

  /** About the heap one unit of {@link FileWiring#weight()} takes. */
  private static final long WIRING_UNIT_BYTES = 160;

  private static Finding wiringSkipped(String file) {
    return new Finding(
        WiringRules.SKIPPED.id(),
        WiringRules.SKIPPED.defaultSeverity(),
        file,
        1,
        1,
        "",
        -1,
        "the wiring facts of this module would take more than an eighth of the heap, so the wiring"
            + " rules did not run; give the JVM more heap (MAVEN_OPTS=-Xmx...) to have them");
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
        file.relativePath(), scan.candidates(), findings, scan.suppressions(), null, scan.wiring());
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
