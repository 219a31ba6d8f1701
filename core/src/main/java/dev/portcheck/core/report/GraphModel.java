package dev.portcheck.core.report;

import java.util.List;

/**
 * One picture of the wiring graph before it is laid out: boxes and the connections between them.
 *
 * @param title what the picture shows (a compose project, a folder of manifests), empty for the
 *     whole graph
 * @param nodes the boxes, in the model's order
 * @param edges the connections, each with its index in the whole graph
 */
record GraphModel(String title, List<Node> nodes, List<Edge> edges) {

  GraphModel {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * A box: {@code name} on its first line, {@code detail} on its second, {@code tooltip} on hover;
   * {@code group} is the compose project or folder of manifests it belongs to.
   */
  record Node(String id, String name, String detail, String tooltip, String group) {}

  /**
   * A connection: {@code index} is its place in the whole graph ({@code edge-<index>}), {@code
   * state} one of ok, broken, unknown.
   */
  record Edge(int index, String from, String to, String label, String state, String tooltip) {}
}
