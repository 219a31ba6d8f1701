package dev.portcheck.core.engine;

import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.WiringGraph;
import java.util.List;

/**
 * What the wiring model of one run gave: the wiring rules' findings (before suppressions and rule
 * settings) and the graph for reports, with the stamps of the files outside the scanned set that
 * the model read ({@link ModuleSurroundings#consulted()}). An unchanged re-run takes it from the
 * index instead of assembling the model again.
 */
record WiringOutcome(List<Finding> findings, WiringGraph graph, String consulted) {
  WiringOutcome {
    findings = List.copyOf(findings);
  }
}
