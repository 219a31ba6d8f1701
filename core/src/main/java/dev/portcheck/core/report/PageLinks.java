package dev.portcheck.core.report;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.candidates.PortLiteral;
import dev.portcheck.core.engine.AnalysisResult;
import dev.portcheck.core.findings.Finding;
import dev.portcheck.core.wiring.EdgeState;
import dev.portcheck.core.wiring.WiringGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Anchors that tie the page's parts together: a finding links to the row of the ports table that
 * holds its setting and, when it is about a connection, to the broken edge of the wiring graph; a
 * broken edge links back to its finding. Findings are {@code finding-<n>}, ports-table rows {@code
 * port-<n>}, edges {@code edge-<n>}, each numbered in the result's order.
 */
final class PageLinks {
  private final Map<String, Integer> portRows = new HashMap<>();
  private final Map<String, Integer> brokenEdges = new HashMap<>();
  private final Map<Integer, Integer> edgeFindings = new HashMap<>();

  PageLinks(AnalysisResult result) {
    int n = 0;
    for (PortCandidate c : result.candidates()) {
      portRows.putIfAbsent(place(c.file(), c.line()), n);
      for (PortLiteral p : c.ports()) {
        portRows.putIfAbsent(place(c.file(), p.line()), n);
      }
      n++;
    }
    Map<String, List<Integer>> edgesAt = new HashMap<>();
    List<WiringGraph.Edge> edges = result.wiring().edges();
    for (int i = 0; i < edges.size(); i++) {
      WiringGraph.Edge e = edges.get(i);
      if (e.state() == EdgeState.BROKEN) {
        String at = place(e.fromLoc().file(), e.fromLoc().line());
        brokenEdges.putIfAbsent(at, i);
        edgesAt.computeIfAbsent(at, k -> new ArrayList<>()).add(i);
      }
    }
    if (!edgesAt.isEmpty()) {
      int f = 0;
      for (Finding finding : result.findings()) {
        // each broken edge from this place links to the place's first finding
        for (int edge : edgesAt.getOrDefault(place(finding.file(), finding.line()), List.of())) {
          edgeFindings.putIfAbsent(edge, f);
        }
        f++;
      }
    }
  }

  private static String place(String file, int line) {
    return file + ":" + line;
  }

  /** The ports-table row of the setting a finding is about, or null. */
  String portRow(Finding f) {
    Integer n = portRows.get(place(f.file(), f.line()));
    return n == null ? null : "port-" + n;
  }

  /** The broken wiring edge that starts where the finding is, or null. */
  String edge(Finding f) {
    Integer n = brokenEdges.get(place(f.file(), f.line()));
    return n == null ? null : "edge-" + n;
  }

  /** The finding about edge {@code n} of the graph, or null. */
  String findingOfEdge(int n) {
    Integer f = edgeFindings.get(n);
    return f == null ? null : "finding-" + f;
  }
}
