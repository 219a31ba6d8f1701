package dev.portcheck.core.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A layered (Sugiyama) layout of one wiring picture, top to bottom, {@link #WIDTH} wide: rows from
 * {@link LayerAssignment}, order within rows from {@link RowOrder}, x from {@link RowPlacement},
 * labels from {@link EdgeLabels}. Lines leave a box at its bottom and enter at its top, pass the
 * rows in between as vertical lines beside the boxes, and cross only in the gaps between rows. A
 * row holds as many boxes as fit; when the lines passing a row leave no room, fewer.
 */
final class LayeredLayout {
  static final int WIDTH = 1200;
  static final int BOX_W = 176;
  static final int BOX_H = 40;
  static final int ROW_GAP = 56;
  static final int MARGIN = 10;
  private static final int GAP_STEP = 16;
  private static final int MAX_GROWTH = 40;

  private LayeredLayout() {}

  /** Boxes a row of the picture holds at most: what a person drawing it by hand would fit. */
  static int perRow() {
    return (WIDTH + RowPlacement.BOX_GAP) / (BOX_W + RowPlacement.BOX_GAP);
  }

  static GraphLayout layout(GraphModel model) {
    List<GraphModel.Node> nodes = model.nodes();
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> groups = new LinkedHashMap<>();
    int[] group = new int[nodes.size()];
    for (int i = 0; i < nodes.size(); i++) {
      index.put(nodes.get(i).id(), i);
      group[i] = groups.computeIfAbsent(nodes.get(i).group(), g -> groups.size());
    }
    List<int[]> pairs = new ArrayList<>();
    for (GraphModel.Edge e : model.edges()) {
      pairs.add(new int[] {index.get(e.from()), index.get(e.to())});
    }
    ComponentPacking.Result layers = null;
    RowOrder.Result order = null;
    for (int perRow = perRow(); perRow >= 1; perRow--) {
      layers = ComponentPacking.assign(nodes.size(), pairs, group, perRow);
      // a part stays together in its rows, a group together within its part
      int[] key = new int[nodes.size()];
      for (int i = 0; i < key.length; i++) {
        key[i] = layers.part()[i] * groups.size() + group[i];
      }
      order = RowOrder.order(layers.row(), key, layers.links());
      if (fits(order.rows())) {
        break;
      }
    }
    Map<RowOrder.Item, Integer> left =
        RowPlacement.place(order.rows(), order.up(), order.down(), WIDTH);
    int rows = order.rows().size();
    int[] gaps = new int[Math.max(0, rows - 1)];
    java.util.Arrays.fill(gaps, ROW_GAP);
    for (int round = 0; ; round++) {
      int[] top = tops(gaps);
      List<Draft> drafts = routes(model, index, layers, order, left, top);
      EdgeLabels.Result labels = EdgeLabels.place(drafts, top, gaps, WIDTH);
      if (labels.crowdedGaps().isEmpty() || round == MAX_GROWTH) {
        return picture(model, layers, left, top, drafts, labels, index);
      }
      // a height more for every third label that found none (labels of one height share it)
      labels.crowdedGaps().forEach((g, missing) -> gaps[g] += GAP_STEP * Math.max(1, missing / 3));
    }
  }

  private static boolean fits(List<List<RowOrder.Item>> rows) {
    for (List<RowOrder.Item> row : rows) {
      if (RowPlacement.minWidth(row) > WIDTH - 2 * RowPlacement.SIDE) {
        return false;
      }
    }
    return true;
  }

  private static int[] tops(int[] gaps) {
    int[] top = new int[gaps.length + 1];
    top[0] = MARGIN;
    for (int r = 1; r < top.length; r++) {
      top[r] = top[r - 1] + BOX_H + gaps[r - 1];
    }
    return top;
  }

  /**
   * A connection's route before its label is placed; {@code gap} is the gap between rows {@code
   * gap} and {@code gap + 1} its first stretch crosses, -1 for a box calling itself.
   */
  record Draft(GraphModel.Edge edge, List<GraphLayout.Point> points, int gap) {}

  private static List<Draft> routes(
      GraphModel model,
      Map<String, Integer> index,
      ComponentPacking.Result layers,
      RowOrder.Result order,
      Map<RowOrder.Item, Integer> left,
      int[] top) {
    Ports ports = new Ports(order, left);
    List<Draft> drafts = new ArrayList<>();
    int[] row = layers.row();
    for (GraphModel.Edge e : model.edges()) {
      int a = index.get(e.from());
      int b = index.get(e.to());
      if (a == b) {
        drafts.add(new Draft(e, List.of(), -1));
        continue;
      }
      boolean forward = row[a] < row[b];
      List<RowOrder.Item> chain =
          order
              .chains()
              .get(forward ? new LayerAssignment.Link(a, b) : new LayerAssignment.Link(b, a));
      List<GraphLayout.Point> points = new ArrayList<>();
      for (int i = 0; i < chain.size(); i++) {
        RowOrder.Item it = chain.get(i);
        int y = top[it.row()];
        if (i == 0) {
          points.add(new GraphLayout.Point(ports.x(it, chain.get(1)), y + BOX_H));
        } else if (i == chain.size() - 1) {
          points.add(new GraphLayout.Point(ports.x(it, chain.get(i - 1)), y));
        } else {
          points.add(new GraphLayout.Point(left.get(it), y));
          points.add(new GraphLayout.Point(left.get(it), y + BOX_H));
        }
      }
      if (!forward) {
        java.util.Collections.reverse(points);
      }
      int upper = forward ? row[a] : row[a] - 1;
      drafts.add(new Draft(e, points, upper));
    }
    return drafts;
  }

  private static GraphLayout picture(
      GraphModel model,
      ComponentPacking.Result layers,
      Map<RowOrder.Item, Integer> left,
      int[] top,
      List<Draft> drafts,
      EdgeLabels.Result labels,
      Map<String, Integer> index) {
    List<GraphLayout.Box> boxes = new ArrayList<>();
    Map<Integer, Integer> xOf = new HashMap<>();
    left.forEach(
        (it, x) -> {
          if (it.box()) {
            xOf.put(it.node(), x);
          }
        });
    for (GraphModel.Node n : model.nodes()) {
      int i = index.get(n.id());
      boxes.add(new GraphLayout.Box(n, xOf.get(i), top[layers.row()[i]]));
    }
    List<GraphLayout.Route> routes = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      routes.add(
          new GraphLayout.Route(d.edge(), d.points(), labels.at().get(i), labels.widths().get(i)));
    }
    int height = top[top.length - 1] + BOX_H + MARGIN;
    return new GraphLayout(WIDTH, height, boxes, routes);
  }

  /**
   * Where lines meet a box: the lines to the row below spread along its bottom, the lines from the
   * row above along its top, each side ordered by where the line goes, so they do not cross at the
   * box.
   */
  private static final class Ports {
    private final Map<String, Integer> x = new HashMap<>();

    Ports(RowOrder.Result order, Map<RowOrder.Item, Integer> left) {
      spread(order.down(), left);
      spread(order.up(), left);
    }

    private void spread(
        Map<RowOrder.Item, List<RowOrder.Item>> side, Map<RowOrder.Item, Integer> left) {
      side.forEach(
          (box, others) -> {
            if (box.box()) {
              List<RowOrder.Item> sorted = new ArrayList<>(others);
              sorted.sort(
                  java.util.Comparator.<RowOrder.Item>comparingInt(
                          o -> left.get(o) + RowPlacement.width(o) / 2)
                      .thenComparingInt(RowOrder.Item::node));
              for (int i = 0; i < sorted.size(); i++) {
                x.put(
                    key(box, sorted.get(i)), left.get(box) + BOX_W * (i + 1) / (sorted.size() + 1));
              }
            }
          });
    }

    int x(RowOrder.Item box, RowOrder.Item towards) {
      return x.get(key(box, towards));
    }

    private static String key(RowOrder.Item a, RowOrder.Item b) {
      return a.node() + "/" + a.row() + ">" + b.node() + "/" + b.row();
    }
  }
}
