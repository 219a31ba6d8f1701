package dev.portcheck.core.report;

import dev.portcheck.core.wiring.WiringGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The wiring graph as pictures: one, or where it holds more than {@link #MAX_BOXES} boxes, one per
 * group of compose projects and folders of manifests that connections tie together. A compose
 * service belongs to its project, a Service or workload to the folder of its manifest (the
 * namespace a chart or overlay deploys to is no more certain than that), a client file to what it
 * calls first.
 */
final class WiringPictures {
  static final int MAX_BOXES = 48;

  private WiringPictures() {}

  static List<GraphModel> of(WiringGraph graph) {
    Map<String, GraphModel.Node> nodes = new LinkedHashMap<>();
    for (WiringGraph.Node n : graph.nodes()) {
      String kind =
          switch (n.kind()) {
            case "compose" -> "compose";
            case "service" -> "Service";
            case "workload" -> "pod";
            default -> n.kind();
          };
      String ports = ports(n.ports());
      String file = shortPath(n.loc().file());
      String longKind = n.kind().equals("compose") ? "compose service" : n.kind();
      nodes.put(
          n.id(),
          new GraphModel.Node(
              n.id(),
              n.name(),
              kind + " · " + ports,
              longKind + " " + n.name() + "\n" + ports + " · " + file,
              group(n)));
    }
    List<GraphModel.Edge> edges = new ArrayList<>();
    for (int i = 0; i < graph.edges().size(); i++) {
      WiringGraph.Edge e = graph.edges().get(i);
      if (!nodes.containsKey(e.from())) {
        GraphModel.Node target = nodes.get(e.to());
        String file = shortPath(e.fromLoc().file());
        nodes.put(
            e.from(),
            new GraphModel.Node(
                e.from(),
                file,
                "client",
                "client " + e.fromLoc().file(),
                target == null ? folderGroup(e.fromLoc().file()) : target.group()));
      }
      String label = e.port() < 0 ? "named" : String.valueOf(e.port());
      String state = e.state().id();
      edges.add(
          new GraphModel.Edge(
              i,
              e.from(),
              e.to(),
              label,
              state,
              e.fromLoc() + " → " + e.toLoc() + " at " + label + ": " + state));
    }
    edges.removeIf(e -> !nodes.containsKey(e.to()));
    if (nodes.size() <= MAX_BOXES) {
      return List.of(new GraphModel("", List.copyOf(nodes.values()), edges));
    }
    return split(nodes, edges);
  }

  /** Groups joined by a connection share a picture; pictures in order of their first box. */
  private static List<GraphModel> split(
      Map<String, GraphModel.Node> nodes, List<GraphModel.Edge> edges) {
    Map<String, String> parent = new TreeMap<>();
    nodes.values().forEach(n -> parent.put(n.group(), n.group()));
    for (GraphModel.Edge e : edges) {
      String a = root(parent, nodes.get(e.from()).group());
      String b = root(parent, nodes.get(e.to()).group());
      if (!a.equals(b)) {
        parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
      }
    }
    Map<String, List<GraphModel.Node>> byRoot = new LinkedHashMap<>();
    Map<String, List<String>> titles = new LinkedHashMap<>();
    for (GraphModel.Node n : nodes.values()) {
      String r = root(parent, n.group());
      byRoot.computeIfAbsent(r, k -> new ArrayList<>()).add(n);
      List<String> t = titles.computeIfAbsent(r, k -> new ArrayList<>());
      if (!t.contains(n.group())) {
        t.add(n.group());
      }
    }
    List<GraphModel> pictures = new ArrayList<>();
    byRoot.forEach(
        (r, members) -> {
          List<GraphModel.Edge> own =
              edges.stream()
                  .filter(e -> root(parent, nodes.get(e.from()).group()).equals(r))
                  .toList();
          pictures.add(new GraphModel(String.join(", ", titles.get(r)), members, own));
        });
    return pictures;
  }

  private static String root(Map<String, String> parent, String g) {
    String r = g;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }

  private static String group(WiringGraph.Node n) {
    if (n.kind().equals("compose")) {
      String rest = n.id().substring("compose:".length());
      int slash = rest.lastIndexOf('/');
      return "compose project " + (slash < 0 ? "(top folder)" : rest.substring(0, slash));
    }
    return folderGroup(n.loc().file());
  }

  private static String folderGroup(String file) {
    int slash = file.lastIndexOf('/');
    return "manifests in " + (slash < 0 ? "(top folder)" : file.substring(0, slash));
  }

  static String ports(List<Integer> ports) {
    if (ports.isEmpty()) {
      return "no ports declared";
    }
    StringBuilder out = new StringBuilder("listens ");
    for (int i = 0; i < ports.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(ports.get(i));
    }
    return out.toString();
  }

  /** The file's name and its folder's: enough to tell a chart's template from a manifest. */
  static String shortPath(String file) {
    int last = file.lastIndexOf('/');
    int before = last < 0 ? -1 : file.lastIndexOf('/', last - 1);
    return before < 0 ? file : file.substring(before + 1);
  }
}
