package dev.portcheck.core.engine;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.findings.Severity;
import dev.portcheck.core.rules.ReactorWiring;
import dev.portcheck.core.wiring.WiringGraph;
import java.util.List;

/**
 * What one analysis found, sorted by file, line and column. The lists are immutable; for a large
 * analysis they are read back from a temporary file one scanned file at a time (see {@link
 * ResultStorage}), so iterate them rather than copying them.
 *
 * @param files relative paths of the files scanned
 * @param graph the module's listeners and connections (the {@code wiring} section of reports),
 *     worked out when a report asks for it
 * @param reactorFacts the module's wiring summary for the other modules of the build, worked out
 *     when they ask for it
 */
public record AnalysisResult(
    List<String> files,
    List<PortCandidate> candidates,
    List<Finding> findings,
    Lazy<WiringGraph> graph,
    Lazy<ReactorWiring.Facts> reactorFacts) {

  /** A result without a wiring graph. */
  public AnalysisResult(
      List<String> files, List<PortCandidate> candidates, List<Finding> findings) {
    this(
        files, candidates, findings, Lazy.of(WiringGraph.EMPTY), Lazy.of(ReactorWiring.Facts.NONE));
  }

  /** The same result with other findings (a baseline applied, reactor findings added). */
  public AnalysisResult withFindings(List<Finding> other) {
    return new AnalysisResult(files, candidates, other, graph, reactorFacts);
  }

  /** The module's listeners and connections. */
  public WiringGraph wiring() {
    return graph.get();
  }

  /** The module's wiring summary for the other modules of the build. */
  public ReactorWiring.Facts reactor() {
    return reactorFacts.get();
  }

  public AnalysisResult {
    graph = graph == null ? Lazy.of(WiringGraph.EMPTY) : graph;
    reactorFacts = reactorFacts == null ? Lazy.of(ReactorWiring.Facts.NONE) : reactorFacts;
    files = List.copyOf(files);
    candidates =
        candidates instanceof SpilledList || candidates instanceof UnchangedRun.LaterCandidates
            ? candidates
            : List.copyOf(candidates);
    findings = findings instanceof SpilledList ? findings : List.copyOf(findings);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
