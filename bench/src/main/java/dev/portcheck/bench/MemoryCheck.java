package dev.portcheck.bench;

import dev.portcheck.core.engine.AnalysisRequest;
import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.engine.PortcheckEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Scans a generated tree (100,000 files by default) and prints the peak heap used; run it with a
 * small {@code -Xmx} to show that memory stays flat in the number of files: parse trees are not
 * kept after their file, only the port candidates.
 *
 * <p>Usage: {@code java -Xmx256m -cp bench/target/benchmarks.jar dev.portcheck.bench.MemoryCheck
 * [dir] [files]}
 */
public final class MemoryCheck {
  private MemoryCheck() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "bench/target/memory-corpus");
    int files = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    if (!Files.isDirectory(dir)) {
      new CorpusGenerator(7).write(dir, files, new int[] {1, 1, 1, 1});
    }
    AnalysisRequest d = AnalysisRequest.defaults(dir);
    AnalysisRequest request =
        new AnalysisRequest(
            dir,
            List.of("**/*.yml", "**/*.yaml", "**/*.properties"),
            d.excludes(),
            d.charset(),
            d.maxFileBytes(),
            2,
            d.ruleSettings(),
            false);
    long start = System.nanoTime();
    AnalysisResult result = PortcheckEngine.standard().analyze(request);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "scanned %d files, %d ports, %d findings in %d ms; peak heap %.0f MB of max %.0f MB%n",
        result.files().size(),
        result.candidates().size(),
        result.findings().size(),
        millis,
        peak / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
  }
}
