package dev.portcheck.bench;

import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.engine.PortcheckEngine;
import java.io.IOException;
import java.nio.file.Path;

/**
 * portcheck's engine alone in a fresh JVM, on the files {@link ColdFloor} reads: no Maven, no
 * incremental index, no reports, with as many threads as the plugin takes by default on this
 * machine. {@code process-bench.sh} times it as a whole process beside the floor, so the share of
 * the gap that is the analysis itself (its parse, extraction, rules and wiring, JIT-cold) shows
 * apart from what Maven, the index and the reports add.
 *
 * <p>Usage: {@code ColdEngine <dir>}; prints the number of ports and findings.
 */
public final class ColdEngine {
  private ColdEngine() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    // The plugin's default for one module: the processors, at most 8 (ThreadBudget).
    int threads = Math.min(8, Runtime.getRuntime().availableProcessors());
    AnalysisResult result =
        PortcheckEngine.standard()
            .analyze(BenchRequests.of(dir, BenchRequests.ALL_FORMATS, threads));
    System.out.println(
        "cold engine: "
            + threads
            + " threads, "
            + result.candidates().size()
            + " ports, "
            + result.findings().size()
            + " findings");
  }
}
