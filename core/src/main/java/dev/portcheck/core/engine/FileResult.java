package dev.portcheck.core.engine;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.suppress.Suppression;
import dev.portcheck.core.wiring.FileWiring;
import java.io.IOException;
import java.util.List;

/**
 * One file's candidates and findings, suppressions and rule settings applied, sorted; or, once
 * spilled, where they are.
 */
record FileResult(
    String file,
    List<PortCandidate> candidates,
    List<Finding> findings,
    List<Suppression> suppressions,
    ResultSpill.Block block,
    FileWiring wiring) {

  /** The same result without wiring facts (the model is not built: see PortcheckEngine). */
  FileResult withoutWiring() {
    return new FileResult(file, candidates, findings, suppressions, block, FileWiring.EMPTY);
  }

  FileResult spillTo(ResultSpill spill) throws IOException {
    ResultSpill.Block written =
        spill.write(new FileScanner.FileScan(candidates, findings, List.of()));
    // Wiring facts stay on the heap: a few per manifest, and every run needs them all.
    return new FileResult(file, List.of(), List.of(), suppressions, written, wiring);
  }
}
