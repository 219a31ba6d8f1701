package dev.portcheck.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Labels on the lines: each connection's label sits on the first stretch of its line, in the gap
 * below (or above) the box it leaves, at the first height of that gap where it overlaps no label
 * placed before it. A gap where some label finds no free height is reported crowded, so the layout
 * can open it wider and try again.
 */
final class EdgeLabels {
  static final int HEIGHT = 14;
  private static final int STEP = 16;
  private static final int CHAR_W = 7;
  private static final int PAD = 3;

  private EdgeLabels() {}

  /**
   * Label centres and widths by connection, and for each gap too crowded to hold its labels how
   * many found no place.
   */
  record Result(
      List<GraphLayout.Point> at, List<Integer> widths, Map<Integer, Integer> crowdedGaps) {}

  /** The text of a connection's label: its port, marked where it lands on no listener. */
  static String text(GraphModel.Edge e) {
    return switch (e.state()) {
      case "broken" -> e.label() + " ✗";
      case "unknown" -> e.label() + " ?";
      default -> e.label();
    };
  }

  static int width(GraphModel.Edge e) {
    return text(e).length() * CHAR_W + 8;
  }

  static Result place(List<LayeredLayout.Draft> drafts, int[] top, int[] gaps, int width) {
    List<int[]> placed = new ArrayList<>();
    List<GraphLayout.Point> at = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    Map<Integer, Integer> crowded = new TreeMap<>();
    for (LayeredLayout.Draft d : drafts) {
      int w = width(d.edge());
      widths.add(w);
      if (d.gap() < 0 || d.points().size() < 2) {
        at.add(null);
        continue;
      }
      GraphLayout.Point a = d.points().get(0);
      GraphLayout.Point b = d.points().get(1);
      int gapTop = top[d.gap()] + LayeredLayout.BOX_H;
      int gapBottom = gapTop + gaps[d.gap()];
      // downwards lines are labelled from the top of the gap, upwards ones from its bottom
      boolean down = b.y() > a.y();
      GraphLayout.Point chosen = null;
      int[] rect = null;
      for (int k = 0; ; k++) {
        int y = down ? gapTop + 10 + k * STEP : gapBottom - 13 - k * STEP;
        if (y < gapTop + 9 || y > gapBottom - 13) {
          break;
        }
        double t = (y - a.y()) / (double) (b.y() - a.y());
        int x = (int) Math.round(a.x() + t * (b.x() - a.x()));
        x = Math.max(w / 2 + 1, Math.min(width - w / 2 - 1, x));
        int[] r = {x - w / 2 - PAD, y - HEIGHT / 2 - 1, x + w / 2 + PAD, y + HEIGHT / 2 + 1};
        if (placed.stream().noneMatch(p -> overlaps(p, r))) {
          chosen = new GraphLayout.Point(x, y);
          rect = r;
          break;
        }
      }
      if (chosen == null) {
        crowded.merge(d.gap(), 1, Integer::sum);
        int y = down ? gapTop + 10 : gapBottom - 13;
        chosen = new GraphLayout.Point(a.x(), y);
        rect = new int[] {a.x() - w / 2, y - HEIGHT / 2, a.x() + w / 2, y + HEIGHT / 2};
      }
      placed.add(rect);
      at.add(chosen);
    }
    return new Result(at, widths, crowded);
  }

  private static boolean overlaps(int[] p, int[] q) {
    return p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3];
  }
}
