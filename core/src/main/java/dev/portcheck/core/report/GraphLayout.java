package dev.portcheck.core.report;

import java.util.List;

/**
 * A laid-out picture: every box's top-left corner and every connection's route, in the coordinates
 * of an SVG {@code width} x {@code height}.
 */
record GraphLayout(int width, int height, List<Box> boxes, List<Route> routes) {

  GraphLayout {
    boxes = List.copyOf(boxes);
    routes = List.copyOf(routes);
  }

  /** A box at {@code (x, y)}, {@link LayeredLayout#BOX_W} x {@link LayeredLayout#BOX_H}. */
  record Box(GraphModel.Node node, int x, int y) {}

  /** A point of a route. */
  record Point(int x, int y) {}

  /**
   * A connection drawn through {@code points} (from its source's edge to its target's), with its
   * label centred at {@code label} and {@code labelWidth} wide.
   */
  record Route(GraphModel.Edge edge, List<Point> points, Point label, int labelWidth) {

    Route {
      points = List.copyOf(points);
    }
  }
}
