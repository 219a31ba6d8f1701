package dev.portcheck.core.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows for a picture whose boxes fall into parts no connection joins (a Service and its pods, a
 * compose project beside a namespace): each part gets its rows from {@link LayerAssignment}, then
 * the parts are packed, tallest first, each into the run of columns (a row holds {@code perRow})
 * whose parts end highest, so short parts stand under each other beside tall ones; boxes with no
 * connection take the free places of the lowest rows. Without this, twenty Service-and-pod pairs
 * would fill rows with Services and put each pod rows away from its Service.
 */
final class ComponentPacking {
  private ComponentPacking() {}

  /**
   * Rows, links (in the whole picture's indexes) and each box's part, numbered so that parts in one
   * row sort left to right.
   */
  record Result(int[] row, List<LayerAssignment.Link> links, int[] part) {}

  static Result assign(int n, List<int[]> edges, int[] group, int perRow) {
    int[] part = parts(n, edges);
    List<List<Integer>> members = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      while (members.size() <= part[v]) {
        members.add(new ArrayList<>());
      }
      members.get(part[v]).add(v);
    }
    List<List<Integer>> order = new ArrayList<>();
    members.stream().filter(m -> m.size() > 1).forEach(order::add);
    List<Integer> alone = new ArrayList<>();
    members.stream().filter(m -> m.size() == 1).forEach(m -> alone.add(m.get(0)));
    int[] row = new int[n];
    int[] packed = new int[n];
    List<LayerAssignment.Link> links = new ArrayList<>();
    List<int[]> localRows = new ArrayList<>();
    for (List<Integer> m : order) {
      int[] local = new int[n];
      for (int i = 0; i < m.size(); i++) {
        local[m.get(i)] = i;
      }
      List<int[]> own = new ArrayList<>();
      for (int[] e : edges) {
        if (part[e[0]] == part[m.get(0)]) {
          own.add(new int[] {local[e[0]], local[e[1]]});
        }
      }
      int[] ownGroup = new int[m.size()];
      for (int i = 0; i < m.size(); i++) {
        ownGroup[i] = group[m.get(i)];
      }
      LayerAssignment.Result r = LayerAssignment.assign(m.size(), own, ownGroup, perRow);
      localRows.add(r.row());
      for (LayerAssignment.Link l : r.links()) {
        links.add(new LayerAssignment.Link(m.get(l.upper()), m.get(l.lower())));
      }
    }
    // tallest parts first, each in the run of columns whose lowest part ends highest (a skyline)
    Integer[] byHeight = new Integer[order.size()];
    for (int i = 0; i < byHeight.length; i++) {
      byHeight[i] = i;
    }
    java.util.Arrays.sort(
        byHeight,
        java.util.Comparator.<Integer>comparingInt(i -> -height(localRows.get(i)))
            .thenComparingInt(i -> i));
    int[] skyline = new int[perRow];
    List<Integer> filled = new ArrayList<>();
    for (int k = 0; k < byHeight.length; k++) {
      int p = byHeight[k];
      int[] local = localRows.get(p);
      int[] count = new int[height(local)];
      for (int r : local) {
        count[r]++;
      }
      int width = 0;
      for (int c : count) {
        width = Math.max(width, c);
      }
      int bestStart = 0;
      int bestTop = Integer.MAX_VALUE;
      for (int start = 0; start + width <= perRow; start++) {
        int top = 0;
        for (int c = start; c < start + width; c++) {
          top = Math.max(top, skyline[c]);
        }
        if (top < bestTop) {
          bestTop = top;
          bestStart = start;
        }
      }
      for (int c = bestStart; c < bestStart + width; c++) {
        skyline[c] = bestTop + count.length;
      }
      List<Integer> m = order.get(p);
      for (int i = 0; i < m.size(); i++) {
        row[m.get(i)] = bestTop + local[i];
        // numbered by column, so a row lists its parts left to right
        packed[m.get(i)] = bestStart * n + k;
      }
      for (int r = 0; r < count.length; r++) {
        while (filled.size() <= bestTop + r) {
          filled.add(0);
        }
        filled.set(bestTop + r, filled.get(bestTop + r) + count[r]);
      }
    }
    int rows = filled.size();
    // lone boxes fill the free places of the lowest rows, then rows of their own
    int p = perRow * n;
    for (int v : alone) {
      int r = rows - 1;
      while (r >= 0 && filled.get(r) >= perRow) {
        r--;
      }
      if (r < 0) {
        r = rows;
        while (r < filled.size() && filled.get(r) >= perRow) {
          r++;
        }
        while (filled.size() <= r) {
          filled.add(0);
        }
      }
      row[v] = r;
      filled.set(r, filled.get(r) + 1);
      packed[v] = p++;
    }
    return new Result(row, links, packed);
  }

  private static int height(int[] localRows) {
    int h = 0;
    for (int r : localRows) {
      h = Math.max(h, r + 1);
    }
    return h;
  }

  private static boolean fits(List<Integer> filled, int offset, int[] count, int perRow) {
    for (int r = 0; r < count.length; r++) {
      int used = offset + r < filled.size() ? filled.get(offset + r) : 0;
      if (used + count[r] > perRow) {
        return false;
      }
    }
    return true;
  }

  /** Connected parts, numbered in the order of their first box. */
  private static int[] parts(int n, List<int[]> edges) {
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int[] e : edges) {
      int a = root(parent, e[0]);
      int b = root(parent, e[1]);
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    int[] part = new int[n];
    int[] number = new int[n];
    java.util.Arrays.fill(number, -1);
    int next = 0;
    for (int v = 0; v < n; v++) {
      int r = root(parent, v);
      if (number[r] < 0) {
        number[r] = next++;
      }
      part[v] = number[r];
    }
    return part;
  }

  private static int root(int[] parent, int v) {
    while (parent[v] != v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  }
}
