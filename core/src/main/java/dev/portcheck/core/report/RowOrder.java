package dev.portcheck.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of the items in each row: boxes, and the waypoints where a connection passes a row it
 * does not stop in. Waypoints of connections to one box share a row's slot (the connections run as
 * one line until they part), which keeps a hub that every service calls from filling the rows with
 * lines. Crossings are reduced by barycentre sweeps, down then up, keeping the best order seen;
 * items of one group (a compose project, a folder of manifests) stay next to each other.
 */
final class RowOrder {
  private static final int SWEEPS = 16;
  private static final int TRANSPOSE_LIMIT = 400;

  private RowOrder() {}

  /**
   * An item of a row: a box ({@code node >= 0}) or a waypoint of the connections that end at box
   * {@code -node - 1}.
   */
  record Item(int node, int group, int row) {
    boolean box() {
      return node >= 0;
    }
  }

  /** Rows of items, top to bottom, and for each link the items it passes, top to bottom. */
  record Result(
      List<List<Item>> rows,
      Map<LayerAssignment.Link, List<Item>> chains,
      Map<Item, List<Item>> up,
      Map<Item, List<Item>> down) {}

  static Result order(int[] row, int[] group, List<LayerAssignment.Link> links) {
    int rowCount = 0;
    for (int r : row) {
      rowCount = Math.max(rowCount, r + 1);
    }
    List<List<Item>> rows = new ArrayList<>();
    for (int r = 0; r < rowCount; r++) {
      rows.add(new ArrayList<>());
    }
    Item[] boxes = new Item[row.length];
    Integer[] byGroup = new Integer[row.length];
    for (int v = 0; v < row.length; v++) {
      boxes[v] = new Item(v, group[v], row[v]);
      byGroup[v] = v;
    }
    // rows start in group order, the model's order within a group
    java.util.Arrays.sort(
        byGroup, Comparator.<Integer>comparingInt(v -> group[v]).thenComparingInt(v -> v));
    for (int v : byGroup) {
      rows.get(row[v]).add(boxes[v]);
    }
    Map<String, Item> waypoints = new LinkedHashMap<>();
    Map<LayerAssignment.Link, List<Item>> chains = new LinkedHashMap<>();
    for (LayerAssignment.Link l : links) {
      List<Item> chain = new ArrayList<>();
      chain.add(boxes[l.upper()]);
      for (int r = row[l.upper()] + 1; r < row[l.lower()]; r++) {
        int rr = r;
        chain.add(
            waypoints.computeIfAbsent(
                l.lower() + "@" + r,
                k -> {
                  Item w = new Item(-l.lower() - 1, group[l.lower()], rr);
                  rows.get(rr).add(w);
                  return w;
                }));
      }
      chain.add(boxes[l.lower()]);
      chains.put(l, chain);
    }
    // neighbours across each pair of rows, from the chains (a shared waypoint counts once)
    Map<Item, List<Item>> up = new HashMap<>();
    Map<Item, List<Item>> down = new HashMap<>();
    for (List<Item> chain : chains.values()) {
      for (int i = 0; i + 1 < chain.size(); i++) {
        Item a = chain.get(i);
        Item b = chain.get(i + 1);
        List<Item> ds = down.computeIfAbsent(a, k -> new ArrayList<>());
        if (!ds.contains(b)) {
          ds.add(b);
          up.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
        }
      }
    }
    // two starts, the model's order and a depth-first walk down the lines; the better one wins
    List<List<Item>> best = sweep(rows, up, down, chains.size());
    for (List<List<Item>> start :
        List.of(depthFirst(rows, down, false), depthFirst(rows, up, true))) {
      List<List<Item>> walked = sweep(start, up, down, chains.size());
      if (crossings(walked, down) < crossings(best, down)) {
        best = walked;
      }
    }
    return new Result(best, chains, up, down);
  }

  /** Barycentre sweeps from {@code start}; the order with the fewest crossings seen. */
  private static List<List<Item>> sweep(
      List<List<Item>> start, Map<Item, List<Item>> up, Map<Item, List<Item>> down, int links) {
    List<List<Item>> rows = copy(start);
    List<List<Item>> best = copy(rows);
    int bestCrossings = crossings(rows, down);
    for (int sweep = 0; sweep < SWEEPS && bestCrossings > 0; sweep++) {
      boolean goingDown = sweep % 2 == 0;
      for (int k = 1; k < rows.size(); k++) {
        int r = goingDown ? k : rows.size() - 1 - k;
        List<Item> fixed = rows.get(goingDown ? r - 1 : r + 1);
        sort(rows.get(r), fixed, goingDown ? up : down);
      }
      if (links <= TRANSPOSE_LIMIT) {
        transpose(rows, down);
      }
      int c = crossings(rows, down);
      if (c < bestCrossings) {
        bestCrossings = c;
        best = copy(rows);
      }
    }
    return best;
  }

  /**
   * The rows ordered by when a depth-first walk along the lines (down from the top row, or up from
   * the bottom row) first reaches each item, groups kept together.
   */
  private static List<List<Item>> depthFirst(
      List<List<Item>> rows, Map<Item, List<Item>> down, boolean fromBottom) {
    Map<Item, Integer> seen = new HashMap<>();
    List<List<Item>> walk = new ArrayList<>(rows);
    if (fromBottom) {
      java.util.Collections.reverse(walk);
    }
    for (List<Item> row : walk) {
      for (Item start : row) {
        java.util.Deque<Item> stack = new java.util.ArrayDeque<>();
        stack.push(start);
        while (!stack.isEmpty()) {
          Item it = stack.pop();
          if (seen.putIfAbsent(it, seen.size()) == null) {
            List<Item> next = down.getOrDefault(it, List.of());
            for (int i = next.size() - 1; i >= 0; i--) {
              stack.push(next.get(i));
            }
          }
        }
      }
    }
    List<List<Item>> out = copy(rows);
    out.forEach(row -> row.sort(Comparator.comparingInt(Item::group).thenComparingInt(seen::get)));
    return out;
  }

  /** Sorts a row by its groups' mean barycentre, then each item's barycentre, then its place. */
  private static void sort(List<Item> items, List<Item> fixed, Map<Item, List<Item>> neighbours) {
    Map<Item, Integer> fixedAt = new HashMap<>();
    for (int i = 0; i < fixed.size(); i++) {
      fixedAt.put(fixed.get(i), i);
    }
    Map<Item, Double> bary = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      List<Item> ns = neighbours.getOrDefault(it, List.of());
      double sum = 0;
      int count = 0;
      for (Item n : ns) {
        Integer at = fixedAt.get(n);
        if (at != null) {
          sum += at * (double) items.size() / Math.max(1, fixed.size());
          count++;
        }
      }
      bary.put(it, count == 0 ? i : sum / count);
    }
    Map<Integer, double[]> groups = new HashMap<>();
    for (Item it : items) {
      double[] g = groups.computeIfAbsent(it.group(), k -> new double[2]);
      g[0] += bary.get(it);
      g[1]++;
    }
    Map<Item, Integer> place = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      place.put(items.get(i), i);
    }
    items.sort(
        Comparator.<Item>comparingDouble(
                it -> groups.get(it.group())[0] / groups.get(it.group())[1])
            .thenComparingInt(Item::group)
            .thenComparingDouble(bary::get)
            .thenComparingInt(place::get));
  }

  /**
   * Swaps neighbours of one group in a row while that lowers the crossings with the rows above and
   * below.
   */
  private static void transpose(List<List<Item>> rows, Map<Item, List<Item>> down) {
    boolean better = true;
    for (int round = 0; better && round < 8; round++) {
      better = false;
      for (int r = 0; r < rows.size(); r++) {
        List<Item> row = rows.get(r);
        List<List<Item>> near = rows.subList(Math.max(0, r - 1), Math.min(rows.size(), r + 2));
        for (int i = 0; i + 1 < row.size(); i++) {
          if (row.get(i).group() != row.get(i + 1).group()) {
            continue;
          }
          int before = crossings(near, down);
          java.util.Collections.swap(row, i, i + 1);
          if (crossings(near, down) < before) {
            better = true;
          } else {
            java.util.Collections.swap(row, i, i + 1);
          }
        }
      }
    }
  }

  /** Crossings between the links of each pair of neighbouring rows. */
  static int crossings(List<List<Item>> rows, Map<Item, List<Item>> down) {
    int total = 0;
    for (int r = 0; r + 1 < rows.size(); r++) {
      Map<Item, Integer> lowerAt = new HashMap<>();
      List<Item> lower = rows.get(r + 1);
      for (int i = 0; i < lower.size(); i++) {
        lowerAt.put(lower.get(i), i);
      }
      List<int[]> pairs = new ArrayList<>();
      List<Item> upper = rows.get(r);
      for (int i = 0; i < upper.size(); i++) {
        for (Item b : down.getOrDefault(upper.get(i), List.of())) {
          Integer j = lowerAt.get(b);
          if (j != null) {
            pairs.add(new int[] {i, j});
          }
        }
      }
      for (int a = 0; a < pairs.size(); a++) {
        for (int b = a + 1; b < pairs.size(); b++) {
          int[] p = pairs.get(a);
          int[] q = pairs.get(b);
          if ((p[0] - q[0]) * (long) (p[1] - q[1]) < 0) {
            total++;
          }
        }
      }
    }
    return total;
  }

  private static List<List<Item>> copy(List<List<Item>> rows) {
    List<List<Item>> out = new ArrayList<>();
    rows.forEach(r -> out.add(new ArrayList<>(r)));
    return out;
  }
}
