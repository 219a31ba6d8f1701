package dev.portcheck.core.report;

import java.util.ArrayList;
import java.util.List;

/** Measures a layout as the browser IT does: overlapping rectangles, crossings of lines. */
final class LayoutChecks {
  private LayoutChecks() {}

  record Figures(int overlaps, int crossings, int boxesCrossed, int height) {}

  static Figures measure(GraphLayout layout) {
    List<int[]> rects = new ArrayList<>();
    for (GraphLayout.Box b : layout.boxes()) {
      rects.add(new int[] {b.x(), b.y(), b.x() + LayeredLayout.BOX_W, b.y() + LayeredLayout.BOX_H});
    }
    for (GraphLayout.Route r : layout.routes()) {
      if (r.label() != null) {
        rects.add(
            new int[] {
              r.label().x() - r.labelWidth() / 2,
              r.label().y() - EdgeLabels.HEIGHT / 2,
              r.label().x() + r.labelWidth() / 2,
              r.label().y() + EdgeLabels.HEIGHT / 2
            });
      }
    }
    int overlaps = 0;
    for (int i = 0; i < rects.size(); i++) {
      for (int j = i + 1; j < rects.size(); j++) {
        int[] p = rects.get(i);
        int[] q = rects.get(j);
        if (p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3]) {
          overlaps++;
        }
      }
    }
    // a stretch that several lines share is drawn once and crossed once
    java.util.Map<List<Integer>, int[]> drawn = new java.util.LinkedHashMap<>();
    for (GraphLayout.Route r : layout.routes()) {
      List<GraphLayout.Point> pts = r.points();
      for (int i = 0; i + 1 < pts.size(); i++) {
        int[] s = {pts.get(i).x(), pts.get(i).y(), pts.get(i + 1).x(), pts.get(i + 1).y()};
        drawn.putIfAbsent(List.of(s[0], s[1], s[2], s[3]), s);
      }
    }
    List<int[]> segments = new ArrayList<>(drawn.values());
    int crossings = 0;
    for (int i = 0; i < segments.size(); i++) {
      for (int j = i + 1; j < segments.size(); j++) {
        if (properlyCross(segments.get(i), segments.get(j))) {
          crossings++;
        }
      }
    }
    int boxesCrossed = 0;
    for (int[] s : segments) {
      for (GraphLayout.Box b : layout.boxes()) {
        if (inside(s, b)) {
          boxesCrossed++;
        }
      }
    }
    return new Figures(overlaps, crossings, boxesCrossed, layout.height());
  }

  /**
   * Boxes on the longest chain of calls (a cycle counted once): a top-to-bottom picture needs a row
   * for each, however wide the page.
   */
  static int longestChain(GraphModel model) {
    java.util.Map<String, List<String>> out = new java.util.HashMap<>();
    model.edges().forEach(e -> out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to()));
    java.util.Map<String, Integer> memo = new java.util.HashMap<>();
    int best = 0;
    for (GraphModel.Node n : model.nodes()) {
      best = Math.max(best, chain(n.id(), out, memo, new java.util.HashSet<>()));
    }
    return best;
  }

  private static int chain(
      String v,
      java.util.Map<String, List<String>> out,
      java.util.Map<String, Integer> memo,
      java.util.Set<String> onPath) {
    if (memo.containsKey(v)) {
      return memo.get(v);
    }
    onPath.add(v);
    int best = 1;
    for (String w : out.getOrDefault(v, List.of())) {
      if (!onPath.contains(w)) {
        best = Math.max(best, 1 + chain(w, out, memo, onPath));
      }
    }
    onPath.remove(v);
    memo.put(v, best);
    return best;
  }

  /** Whether the segment's midpoint lies strictly inside the box. */
  private static boolean inside(int[] s, GraphLayout.Box b) {
    double mx = (s[0] + s[2]) / 2.0;
    double my = (s[1] + s[3]) / 2.0;
    return mx > b.x()
        && mx < b.x() + LayeredLayout.BOX_W
        && my > b.y()
        && my < b.y() + LayeredLayout.BOX_H;
  }

  private static boolean properlyCross(int[] a, int[] b) {
    long d1 = orient(b[0], b[1], b[2], b[3], a[0], a[1]);
    long d2 = orient(b[0], b[1], b[2], b[3], a[2], a[3]);
    long d3 = orient(a[0], a[1], a[2], a[3], b[0], b[1]);
    long d4 = orient(a[0], a[1], a[2], a[3], b[2], b[3]);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
  }

  private static long orient(long ax, long ay, long bx, long by, long cx, long cy) {
    return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  }
}
