package dev.portcheck.bench;

import dev.portcheck.core.engine.AnalysisRequest;
import java.nio.file.Path;
import java.util.List;

/** The analysis every benchmark runs: the defaults, with its own includes and thread count. */
final class BenchRequests {
  /** Every format the generated corpus holds. */
  static final List<String> ALL_FORMATS = List.of("**/*.yml", "**/*.yaml", "**/*.properties");

  private BenchRequests() {}

  static AnalysisRequest of(Path dir, List<String> includes, int threads) {
    AnalysisRequest d = AnalysisRequest.defaults(dir);
    return new AnalysisRequest(
        dir,
        includes,
        d.excludes(),
        d.charset(),
        d.maxFileBytes(),
        threads,
        d.ruleSettings(),
        false);
  }
}
