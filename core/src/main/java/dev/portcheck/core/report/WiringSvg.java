package dev.portcheck.core.report;

import dev.portcheck.core.wiring.WiringGraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The wiring graph as SVG pictures laid out by {@link LayeredLayout}, callers above what they call:
 * a box per listener (compose service, Service, pod) or client file, with its ports; a line per
 * connection, labelled with its port, red where it lands on no listener and linked to the finding
 * that says so. Pointing at a box brings out its lines (the page's script marks them).
 */
final class WiringSvg {
  private WiringSvg() {}

  /**
   * The pictures inside {@code <div id="wiring">}, or empty when the module has no wiring; edge
   * {@code n} gets the id {@code edge-n} and a broken edge links to its finding.
   */
  static String render(WiringGraph graph, PageLinks links) {
    if (graph.nodes().isEmpty() && graph.edges().isEmpty()) {
      return "";
    }
    return pictures(WiringPictures.of(graph), links::findingOfEdge);
  }

  /** The pictures; {@code findingOfEdge} gives the finding an edge links to, or null. */
  static String pictures(List<GraphModel> pictures, IntFunction<String> findingOfEdge) {
    StringBuilder s = new StringBuilder(8192);
    s.append("<div id=\"wiring\" data-per-row=\"")
        .append(LayeredLayout.perRow())
        .append("\" data-row-height=\"")
        .append(LayeredLayout.BOX_H + LayeredLayout.ROW_GAP)
        .append("\">");
    for (int p = 0; p < pictures.size(); p++) {
      GraphModel picture = pictures.get(p);
      if (!picture.title().isEmpty()) {
        s.append("<h3>").append(Html.esc(picture.title())).append("</h3>");
      }
      svg(s, p, LayeredLayout.layout(picture), findingOfEdge);
    }
    return s.append("</div>").toString();
  }

  private static void svg(
      StringBuilder s, int p, GraphLayout layout, IntFunction<String> findingOfEdge) {
    s.append("<svg class=\"wiring\" id=\"wiring-")
        .append(p + 1)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(layout.width())
        .append(' ')
        .append(layout.height())
        .append("\" role=\"img\" aria-label=\"port wiring\"><defs>")
        .append(marker(p, "ok", "#1a73e8"))
        .append(marker(p, "broken", "#d93025"))
        .append(marker(p, "unknown", "#9aa0a6"))
        .append("</defs>");
    Map<String, Integer> boxIds = new HashMap<>();
    for (GraphLayout.Box b : layout.boxes()) {
      boxIds.put(b.node().id(), boxIds.size());
    }
    // lines first, their labels over every line, boxes last
    StringBuilder labels = new StringBuilder();
    for (GraphLayout.Route r : layout.routes()) {
      edge(s, labels, p, r, boxIds, findingOfEdge.apply(r.edge().index()));
    }
    s.append(labels);
    for (GraphLayout.Box b : layout.boxes()) {
      box(s, p, b, boxIds.get(b.node().id()));
    }
    s.append("</svg>");
  }

  private static void box(StringBuilder s, int p, GraphLayout.Box b, int id) {
    s.append("<g class=\"node\" data-node=\"")
        .append(p + 1)
        .append('-')
        .append(id)
        .append("\"><rect x=\"")
        .append(b.x())
        .append("\" y=\"")
        .append(b.y())
        .append("\" width=\"")
        .append(LayeredLayout.BOX_W)
        .append("\" height=\"")
        .append(LayeredLayout.BOX_H)
        .append("\" rx=\"6\"/><text x=\"")
        .append(b.x() + 7)
        .append("\" y=\"")
        .append(b.y() + 16)
        .append("\" class=\"name\"")
        .append(TextFit.fit(b.node().name(), 24, 13, true, LayeredLayout.BOX_W - 14))
        .append("</text><text x=\"")
        .append(b.x() + 7)
        .append("\" y=\"")
        .append(b.y() + 32)
        .append("\" class=\"ports\"")
        .append(TextFit.fit(b.node().detail(), 30, 12, false, LayeredLayout.BOX_W - 14))
        .append("</text><title>")
        .append(Html.esc(b.node().tooltip()))
        .append("</title></g>");
  }

  private static String marker(int p, String id, String colour) {
    return "<marker id=\"arrow-"
        + (p + 1)
        + "-"
        + id
        + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\""
        + " markerWidth=\"10\" markerHeight=\"10\""
        + " orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\""
        + colour
        + "\"/></marker>";
  }

  private static void edge(
      StringBuilder s,
      StringBuilder labels,
      int p,
      GraphLayout.Route r,
      Map<String, Integer> boxIds,
      String link) {
    GraphModel.Edge e = r.edge();
    if (r.points().isEmpty()) {
      return;
    }
    String state = e.state();
    String ends =
        "\" data-from=\""
            + (p + 1)
            + "-"
            + boxIds.get(e.from())
            + "\" data-to=\""
            + (p + 1)
            + "-"
            + boxIds.get(e.to())
            + "\"";
    StringBuilder d = new StringBuilder();
    for (GraphLayout.Point pt : r.points()) {
      d.append(d.length() == 0 ? "M" : " L").append(pt.x()).append(',').append(pt.y());
    }
    if (link != null) {
      s.append("<a href=\"#").append(link).append("\">");
    }
    s.append("<g id=\"edge-")
        .append(e.index())
        .append("\" class=\"edge ")
        .append(state)
        .append("\" data-state=\"")
        .append(state)
        .append(ends)
        .append("><path d=\"")
        .append(d)
        .append("\" marker-end=\"url(#arrow-")
        .append(p + 1)
        .append('-')
        .append(state)
        .append(")\"/><title>")
        .append(Html.esc(e.tooltip()))
        .append("</title></g>");
    if (link != null) {
      s.append("</a>");
    }
    if (r.label() != null) {
      if (link != null) {
        labels.append("<a href=\"#").append(link).append("\">");
      }
      labels
          .append("<g class=\"label ")
          .append(state)
          .append("\" data-edge=\"edge-")
          .append(e.index())
          .append(ends)
          .append("><rect x=\"")
          .append(r.label().x() - r.labelWidth() / 2)
          .append("\" y=\"")
          .append(r.label().y() - EdgeLabels.HEIGHT / 2)
          .append("\" width=\"")
          .append(r.labelWidth())
          .append("\" height=\"")
          .append(EdgeLabels.HEIGHT)
          .append("\" rx=\"3\"/><text x=\"")
          .append(r.label().x())
          .append("\" y=\"")
          .append(r.label().y() + 4)
          .append("\" text-anchor=\"middle\">")
          .append(Html.esc(EdgeLabels.text(e)))
          .append("</text><title>")
          .append(Html.esc(e.tooltip()))
          .append("</title></g>");
      if (link != null) {
        labels.append("</a>");
      }
    }
  }
}
