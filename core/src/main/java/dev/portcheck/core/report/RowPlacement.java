package dev.portcheck.core.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The x of each item in its row: a box is {@link LayeredLayout#BOX_W} wide, a waypoint a line. Each
 * row starts centred; a few passes, down then up, pull every item towards the mean of its
 * neighbours in the row above (or below), then push items apart to their minimum gaps and back
 * inside the picture.
 */
final class RowPlacement {
  static final int BOX_GAP = 22;
  static final int LINE_GAP = 12;

  /** Room kept free at the picture's sides, so no line runs along its border. */
  static final int SIDE = 8;

  private static final int PASSES = 8;

  private RowPlacement() {}

  /** The least width a row needs. */
  static int minWidth(List<RowOrder.Item> row) {
    int w = 0;
    for (int i = 0; i < row.size(); i++) {
      w += width(row.get(i)) + (i == 0 ? 0 : gap(row.get(i - 1), row.get(i)));
    }
    return w;
  }

  /** Left edges of every item (a waypoint's x is its line), within {@code [0, width]}. */
  static Map<RowOrder.Item, Integer> place(
      List<List<RowOrder.Item>> rows,
      Map<RowOrder.Item, List<RowOrder.Item>> up,
      Map<RowOrder.Item, List<RowOrder.Item>> down,
      int width) {
    Map<RowOrder.Item, Double> centre = new HashMap<>();
    for (List<RowOrder.Item> row : rows) {
      double x = (width - minWidth(row)) / 2.0;
      for (int i = 0; i < row.size(); i++) {
        RowOrder.Item it = row.get(i);
        x += i == 0 ? 0 : gap(row.get(i - 1), it);
        centre.put(it, x + width(it) / 2.0);
        x += width(it);
      }
    }
    for (int pass = 0; pass < PASSES; pass++) {
      boolean goingDown = pass % 2 == 0;
      for (int k = 0; k < rows.size(); k++) {
        List<RowOrder.Item> row = rows.get(goingDown ? k : rows.size() - 1 - k);
        Map<RowOrder.Item, List<RowOrder.Item>> towards = goingDown ? up : down;
        Map<RowOrder.Item, List<RowOrder.Item>> other = goingDown ? down : up;
        List<Double> wanted = new ArrayList<>();
        for (RowOrder.Item it : row) {
          List<RowOrder.Item> ns = towards.getOrDefault(it, List.of());
          if (ns.isEmpty()) {
            ns = other.getOrDefault(it, List.of());
          }
          double sum = 0;
          for (RowOrder.Item n : ns) {
            sum += centre.get(n);
          }
          wanted.add(ns.isEmpty() ? centre.get(it) : sum / ns.size());
        }
        fit(row, wanted, width, centre);
      }
    }
    Map<RowOrder.Item, Integer> left = new HashMap<>();
    centre.forEach((it, c) -> left.put(it, (int) Math.round(c - width(it) / 2.0)));
    return left;
  }

  /**
   * Moves a row's centres to the wanted ones as far as the gaps allow: right to honour the gap to
   * the left neighbour, then back left to stay inside the picture.
   */
  private static void fit(
      List<RowOrder.Item> row, List<Double> wanted, int width, Map<RowOrder.Item, Double> centre) {
    int n = row.size();
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      double min =
          i == 0
              ? width(row.get(0)) / 2.0 + SIDE
              : c[i - 1]
                  + (width(row.get(i - 1)) + width(row.get(i))) / 2.0
                  + gap(row.get(i - 1), row.get(i));
      c[i] = Math.max(wanted.get(i), min);
    }
    for (int i = n - 1; i >= 0; i--) {
      double max =
          i == n - 1
              ? width - SIDE - width(row.get(i)) / 2.0
              : c[i + 1]
                  - (width(row.get(i)) + width(row.get(i + 1))) / 2.0
                  - gap(row.get(i), row.get(i + 1));
      c[i] = Math.min(c[i], max);
    }
    for (int i = 0; i < n; i++) {
      centre.put(row.get(i), c[i]);
    }
  }

  static int width(RowOrder.Item it) {
    return it.box() ? LayeredLayout.BOX_W : 0;
  }

  private static int gap(RowOrder.Item a, RowOrder.Item b) {
    return a.box() && b.box() ? BOX_GAP : LINE_GAP;
  }
}
