package dev.portcheck.core.engine;

import dev.portcheck.core.wiring.EdgeState;
import dev.portcheck.core.wiring.Loc;
import dev.portcheck.core.wiring.WiringGraph;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes and reads a {@link WiringOutcome} in the index, with the shared strings of {@link
 * ScanWriter} and {@link ScanReader}.
 */
final class WiringGraphCodec {
  private static final EdgeState[] STATES = EdgeState.values();

  private WiringGraphCodec() {}

  static void write(ScanWriter w, WiringOutcome outcome) throws IOException {
    w.findings(outcome.findings());
    w.string(outcome.consulted());
    WiringGraph g = outcome.graph();
    w.integer(g.nodes().size());
    for (WiringGraph.Node n : g.nodes()) {
      w.string(n.id());
      w.string(n.kind());
      w.string(n.name());
      w.integer(n.listeners().size());
      for (WiringGraph.Listener l : n.listeners()) {
        w.integer(l.port());
        WiringCodec.loc(w, l.loc());
        w.integer(l.documented() ? 1 : 0);
      }
      WiringCodec.loc(w, n.loc());
    }
    w.integer(g.edges().size());
    for (WiringGraph.Edge e : g.edges()) {
      w.string(Objects.toString(e.from(), ""));
      w.string(Objects.toString(e.to(), ""));
      w.integer(e.port());
      WiringCodec.loc(w, e.fromLoc());
      WiringCodec.loc(w, e.toLoc());
      w.integer(e.state().ordinal());
    }
  }

  static WiringOutcome read(ScanReader r) throws IOException {
    var findings = r.findings();
    String consulted = r.string();
    int n = r.count();
    List<WiringGraph.Node> nodes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String id = r.string();
      String kind = r.string();
      String name = r.string();
      int k = r.count();
      List<WiringGraph.Listener> ports = new ArrayList<>(k);
      for (int j = 0; j < k; j++) {
        int port = r.readInt();
        Loc at = WiringCodec.loc(r);
        ports.add(new WiringGraph.Listener(port, at, r.readInt() == 1));
      }
      nodes.add(new WiringGraph.Node(id, kind, name, ports, WiringCodec.loc(r)));
    }
    int m = r.count();
    List<WiringGraph.Edge> edges = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      String from = r.string();
      String to = r.string();
      int port = r.readInt();
      Loc fromLoc = WiringCodec.loc(r);
      Loc toLoc = WiringCodec.loc(r);
      edges.add(new WiringGraph.Edge(from, to, port, fromLoc, toLoc, STATES[r.readInt()]));
    }
    return new WiringOutcome(findings, new WiringGraph(nodes, edges), consulted);
  }
}
