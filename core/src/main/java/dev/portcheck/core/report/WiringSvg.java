package dev.portcheck.core.report;

import dev.portcheck.core.wiring.WiringGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wiring graph as SVG: clients on the left, Services and compose services in the middle, pods'
 * workloads on the right, each a box with its listen ports; an arrow per connection, labelled with
 * its port, red where it lands on no listener and linked to the finding that says so.
 */
final class WiringSvg {
  private static final int BOX_W = 250;
  private static final int BOX_H = 42;
  private static final int GAP_Y = 16;
  private static final int COL_X0 = 10;
  private static final int COL_STEP = 360;
  private static final int TOP = 34;

  private WiringSvg() {}

  /** Where a box was placed. */
  private record Box(String id, String title, String ports, int column, int x, int y) {}

  /**
   * The SVG, or empty when the module has no wiring; edge {@code n} gets the id {@code edge-n} and
   * a broken edge links to its finding.
   */
  static String render(WiringGraph graph, PageLinks links) {
    if (graph.nodes().isEmpty() && graph.edges().isEmpty()) {
      return "";
    }
    Map<String, Box> boxes = layout(graph);
    int rows = 0;
    for (int col = 0; col < 3; col++) {
      int n = 0;
      for (Box b : boxes.values()) {
        n += b.column() == col ? 1 : 0;
      }
      rows = Math.max(rows, n);
    }
    int width = COL_X0 * 2 + COL_STEP * 2 + BOX_W + 60;
    int height = TOP + rows * (BOX_H + GAP_Y) + 20;
    StringBuilder s = new StringBuilder(4096);
    s.append("<svg id=\"wiring\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"port wiring\">")
        .append("<defs>")
        .append(marker("ok", "#1a73e8"))
        .append(marker("broken", "#d93025"))
        .append(marker("unknown", "#9aa0a6"))
        .append("</defs>")
        .append("<text x=\"")
        .append(COL_X0)
        .append("\" y=\"20\" class=\"col\">clients</text><text x=\"")
        .append(COL_X0 + COL_STEP)
        .append("\" y=\"20\" class=\"col\">Services and compose services</text><text x=\"")
        .append(COL_X0 + 2 * COL_STEP)
        .append("\" y=\"20\" class=\"col\">workloads (pods)</text>");
    List<WiringGraph.Edge> edges = graph.edges();
    Map<String, Integer> between = new HashMap<>();
    for (int i = 0; i < edges.size(); i++) {
      WiringGraph.Edge e = edges.get(i);
      Box from = boxes.get(e.from());
      Box to = boxes.get(e.to());
      if (from != null && to != null) {
        // edges between one pair of boxes share a path: their labels go one under the other
        int nth = between.merge(e.from() + "\n" + e.to(), 1, Integer::sum) - 1;
        edge(s, i, nth, e, from, to, links.findingOfEdge(i));
      }
    }
    for (Box b : boxes.values()) {
      s.append("<g class=\"node\"><rect x=\"")
          .append(b.x())
          .append("\" y=\"")
          .append(b.y())
          .append("\" width=\"")
          .append(BOX_W)
          .append("\" height=\"")
          .append(BOX_H)
          .append("\" rx=\"6\"/><text x=\"")
          .append(b.x() + 8)
          .append("\" y=\"")
          .append(b.y() + 17)
          .append("\" class=\"name\">")
          .append(Html.esc(clip(b.title(), 30)))
          .append("</text><text x=\"")
          .append(b.x() + 8)
          .append("\" y=\"")
          .append(b.y() + 34)
          .append("\" class=\"ports\">")
          .append(Html.esc(clip(b.ports(), 36)))
          .append("</text><title>")
          .append(Html.esc(b.title() + "\n" + b.ports()))
          .append("</title></g>");
    }
    return s.append("</svg>").toString();
  }

  private static String marker(String id, String colour) {
    return "<marker id=\"arrow-"
        + id
        + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
        + " orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\""
        + colour
        + "\"/></marker>";
  }

  /**
   * Columns: a connection's source that is no listener (an Ingress, a ConfigMap, an application's
   * file) on the left, Services and compose services in the middle, workloads on the right. The
   * middle keeps the model's order; each side column is sorted by the first middle box it connects
   * to, so most arrows run straight across.
   */
  private static Map<String, Box> layout(WiringGraph graph) {
    List<String> middle = new ArrayList<>();
    List<String> right = new ArrayList<>();
    List<String> left = new ArrayList<>();
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, String> ports = new LinkedHashMap<>();
    for (WiringGraph.Node n : graph.nodes()) {
      (n.kind().equals("workload") ? right : middle).add(n.id());
      String kind = n.kind().equals("compose") ? "compose service" : n.kind();
      titles.put(n.id(), kind + " " + n.name());
      // where it is written tells apart the copies that repositories keep side by side
      ports.put(n.id(), ports(n.ports()) + " · " + shortPath(n.loc().file()));
    }
    for (WiringGraph.Edge e : graph.edges()) {
      if (!titles.containsKey(e.from())) {
        titles.put(e.from(), shortPath(e.fromLoc().file()));
        ports.put(e.from(), "client");
        left.add(e.from());
      }
    }
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < middle.size(); i++) {
      rank.put(middle.get(i), i);
    }
    Map<String, Integer> first = new HashMap<>();
    for (WiringGraph.Edge e : graph.edges()) {
      Integer r = rank.get(e.from()) != null ? rank.get(e.from()) : rank.get(e.to());
      if (r != null) {
        first.merge(rank.containsKey(e.from()) ? e.to() : e.from(), r, Math::min);
      }
    }
    Comparator<String> byFirst = Comparator.comparingInt(id -> first.getOrDefault(id, rank.size()));
    left.sort(byFirst);
    right.sort(byFirst);
    Map<String, Box> boxes = new LinkedHashMap<>();
    List<List<String>> columns = List.of(left, middle, right);
    for (int col = 0; col < columns.size(); col++) {
      int row = 0;
      for (String id : columns.get(col)) {
        int y = TOP + row++ * (BOX_H + GAP_Y);
        boxes.put(id, new Box(id, titles.get(id), ports.get(id), col, COL_X0 + col * COL_STEP, y));
      }
    }
    return boxes;
  }

  private static String ports(List<Integer> ports) {
    if (ports.isEmpty()) {
      return "no ports declared";
    }
    StringBuilder out = new StringBuilder("listens ");
    for (int i = 0; i < ports.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(ports.get(i));
    }
    return out.toString();
  }

  private static void edge(
      StringBuilder s, int n, int nth, WiringGraph.Edge e, Box from, Box to, String link) {
    String state = e.state().id();
    boolean backwards = from.column() > to.column();
    int x1 = backwards ? from.x() : from.x() + BOX_W;
    int y1 = from.y() + BOX_H / 2;
    int x2 = backwards ? to.x() + BOX_W : to.x();
    int y2 = to.y() + BOX_H / 2;
    String path;
    int lx;
    int ly;
    if (from.column() == to.column()) {
      // Two services of one column (compose to compose): an arc out to the right and back.
      int bulge = x1 + 40 + Math.min(80, Math.abs(y2 - y1) / 6);
      path =
          "M" + x1 + "," + y1 + " C" + bulge + "," + y1 + " " + bulge + "," + y2 + " " + x1 + ","
              + y2;
      lx = bulge - 8;
      ly = (y1 + y2) / 2;
    } else {
      int mid = (x1 + x2) / 2;
      path =
          "M" + x1 + "," + y1 + " C" + mid + "," + y1 + " " + mid + "," + y2 + " " + x2 + "," + y2;
      lx = mid;
      ly = (y1 + y2) / 2 - 4;
    }
    ly += nth * 12;
    String label = e.port() < 0 ? "named" : String.valueOf(e.port());
    String title = e.fromLoc() + " → " + e.toLoc() + " at " + label + ": " + state;
    if (link != null) {
      s.append("<a href=\"#").append(link).append("\">");
    }
    s.append("<g id=\"edge-")
        .append(n)
        .append("\" class=\"edge ")
        .append(state)
        .append("\" data-state=\"")
        .append(state)
        .append("\"><path d=\"")
        .append(path)
        .append("\" marker-end=\"url(#arrow-")
        .append(state)
        .append(")\"/><text x=\"")
        .append(lx)
        .append("\" y=\"")
        .append(ly)
        .append("\">")
        .append(label)
        .append("</text><title>")
        .append(Html.esc(title))
        .append("</title></g>");
    if (link != null) {
      s.append("</a>");
    }
  }

  /** The file's name and its folder's: enough to tell a chart's template from a manifest. */
  private static String shortPath(String file) {
    int last = file.lastIndexOf('/');
    int before = last < 0 ? -1 : file.lastIndexOf('/', last - 1);
    return before < 0 ? file : file.substring(before + 1);
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
