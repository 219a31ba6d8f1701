package dev.portcheck.bench;

import dev.portcheck.core.engine.AnalysisRequest;
import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.engine.PortcheckEngine;
import dev.portcheck.core.engine.ResultStorage;
import dev.portcheck.core.report.JsonReporter;
import dev.portcheck.core.report.ReportContext;
import dev.portcheck.core.report.SarifReporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Scans a generated tree (100,000 files by default), writes {@code portcheck.json} and {@code
 * portcheck.sarif} beside it and prints what it found; run it with a small {@code -Xmx} to show
 * that memory stays flat in the number of files: parse trees are not kept after their file, and
 * when the results would crowd the heap they wait in a temporary file ({@link ResultStorage}).
 *
 * <p>Usage: {@code java -Xmx256m -cp bench/target/benchmarks.jar dev.portcheck.bench.MemoryCheck
 * [dir] [files]}
 */
public final class MemoryCheck {
  private MemoryCheck() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "bench/target/memory-corpus-100000");
    int files = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    if (!Files.isDirectory(dir)) {
      new CorpusGenerator(7).write(dir, files, new int[] {1, 1, 1, 1});
    }
    AnalysisRequest request = BenchRequests.of(dir, BenchRequests.ALL_FORMATS, 2);
    long start = System.nanoTime();
    AnalysisResult result = PortcheckEngine.standard().analyze(request);
    Path report = dir.resolveSibling(dir.getFileName() + "-portcheck.json");
    Path sarif = dir.resolveSibling(dir.getFileName() + "-portcheck.sarif");
    ReportContext context = new ReportContext("bench", "memory-check", List.of());
    new JsonReporter(2).write(result, context, report);
    new SarifReporter().write(result, context, sarif);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "scanned %d files, %d ports, %d findings, results on the %s, JSON %.0f MB, SARIF %.0f MB,"
            + " in %d ms, max heap %.0f MB%n",
        result.files().size(),
        result.candidates().size(),
        result.findings().size(),
        ResultStorage.AUTO.onDisk(result.files().size(), Runtime.getRuntime().maxMemory())
            ? "disk"
            : "heap",
        Files.size(report) / 1e6,
        Files.size(sarif) / 1e6,
        millis,
        Runtime.getRuntime().maxMemory() / 1e6);
  }
}
