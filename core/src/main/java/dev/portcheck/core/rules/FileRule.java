package dev.portcheck.core.rules;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.findings.Finding;
import java.util.List;

/**
 * A rule that compares the candidates of one file with each other. It runs with the file's scan, in
 * parallel with other files, and its findings are kept with the scan by the incremental index.
 * Implementations are stateless.
 */
public non-sealed interface FileRule extends Rule {
  /** Checks one file's candidates, given in report order. */
  List<Finding> check(List<PortCandidate> candidatesOfOneFile);
}
