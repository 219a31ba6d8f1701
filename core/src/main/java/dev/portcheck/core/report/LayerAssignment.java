package dev.portcheck.core.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows for the boxes of a layered picture, callers above callees: cycles are broken by turning the
 * edges that close them (found by a depth-first walk in the model's order), each box gets the
 * longest path from a caller, callers with no caller of their own move down next to what they call,
 * boxes with no connection go last, and a row holds at most {@code perRow} boxes (the rest move to
 * the rows below, pushing their callees down). Deterministic: ties keep the model's order.
 */
final class LayerAssignment {
  private LayerAssignment() {}

  /** A directed pair of node indexes, pointing down the rows. */
  record Link(int upper, int lower) {}

  /** Rows of the nodes and the links pointing down once cycles are broken. */
  record Result(int[] row, List<Link> links) {}

  static Result assign(int n, List<int[]> edges, int[] group, int perRow) {
    List<Link> links = acyclic(n, edges);
    List<List<Integer>> succ = new ArrayList<>();
    List<List<Integer>> pred = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      succ.add(new ArrayList<>());
      pred.add(new ArrayList<>());
    }
    for (Link l : links) {
      succ.get(l.upper()).add(l.lower());
      pred.get(l.lower()).add(l.upper());
    }
    List<Integer> topo = topological(n, succ, pred);
    int[] depth = new int[n];
    for (int v : topo) {
      for (int u : pred.get(v)) {
        depth[v] = Math.max(depth[v], depth[u] + 1);
      }
    }
    int maxDepth = 0;
    for (int v = 0; v < n; v++) {
      maxDepth = Math.max(maxDepth, depth[v]);
    }
    for (int i = topo.size() - 1; i >= 0; i--) {
      int v = topo.get(i);
      if (pred.get(v).isEmpty() && !succ.get(v).isEmpty()) {
        int nearest = Integer.MAX_VALUE;
        for (int w : succ.get(v)) {
          nearest = Math.min(nearest, depth[w]);
        }
        depth[v] = nearest - 1;
      } else if (pred.get(v).isEmpty()) {
        depth[v] = maxDepth + 1;
      }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(
        order,
        java.util.Comparator.<Integer>comparingInt(v -> depth[v])
            .thenComparingInt(v -> group[v])
            .thenComparingInt(v -> v));
    int[] row = new int[n];
    Map<Integer, Integer> filled = new HashMap<>();
    List<Integer> alone = new ArrayList<>();
    // a level starts at least one row below where the level before it started
    int floor = 0;
    int levelStart = -1;
    int level = Integer.MIN_VALUE;
    for (int v : order) {
      if (pred.get(v).isEmpty() && succ.get(v).isEmpty()) {
        alone.add(v);
        continue;
      }
      if (depth[v] != level) {
        floor = levelStart + 1;
        levelStart = -1;
        level = depth[v];
      }
      int min = 0;
      for (int u : pred.get(v)) {
        min = Math.max(min, row[u] + 1);
      }
      int r = Math.max(min, floor);
      while (filled.getOrDefault(r, 0) >= perRow) {
        r++;
      }
      row[v] = r;
      levelStart = levelStart < 0 ? r : Math.min(levelStart, r);
      filled.merge(r, 1, Integer::sum);
    }
    // boxes with no connection fill the free places of the lowest rows, then rows of their own
    int last = filled.isEmpty() ? 0 : java.util.Collections.max(filled.keySet());
    for (int v : alone) {
      int r = last;
      while (r > 0 && filled.getOrDefault(r, 0) >= perRow) {
        r--;
      }
      if (filled.getOrDefault(r, 0) >= perRow) {
        r = ++last;
        while (filled.getOrDefault(r, 0) >= perRow) {
          r++;
        }
        last = r;
      }
      row[v] = r;
      filled.merge(r, 1, Integer::sum);
    }
    return new Result(row, links);
  }

  private static List<Link> acyclic(int n, List<int[]> edges) {
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    Set<Long> seen = new HashSet<>();
    for (int[] e : edges) {
      if (e[0] != e[1] && seen.add((long) e[0] * n + e[1])) {
        out.get(e[0]).add(e[1]);
      }
    }
    int[] state = new int[n]; // 0 new, 1 on the stack, 2 done
    Set<Link> links = new LinkedHashSet<>();
    for (int s = 0; s < n; s++) {
      if (state[s] == 0) {
        walk(s, out, state, links);
      }
    }
    return new ArrayList<>(links);
  }

  /** Iterative depth-first walk; an edge to a node on the stack is turned round. */
  private static void walk(int start, List<List<Integer>> out, int[] state, Set<Link> links) {
    java.util.Deque<int[]> stack = new java.util.ArrayDeque<>();
    stack.push(new int[] {start, 0});
    state[start] = 1;
    while (!stack.isEmpty()) {
      int[] top = stack.peek();
      int v = top[0];
      if (top[1] < out.get(v).size()) {
        int w = out.get(v).get(top[1]++);
        if (state[w] == 1) {
          links.add(new Link(w, v));
        } else {
          links.add(new Link(v, w));
          if (state[w] == 0) {
            state[w] = 1;
            stack.push(new int[] {w, 0});
          }
        }
      } else {
        state[v] = 2;
        stack.pop();
      }
    }
  }

  private static List<Integer> topological(
      int n, List<List<Integer>> succ, List<List<Integer>> pred) {
    int[] in = new int[n];
    for (int v = 0; v < n; v++) {
      in[v] = pred.get(v).size();
    }
    java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
    for (int v = 0; v < n; v++) {
      if (in[v] == 0) {
        ready.add(v);
      }
    }
    List<Integer> order = new ArrayList<>(n);
    while (!ready.isEmpty()) {
      int v = ready.poll();
      order.add(v);
      for (int w : succ.get(v)) {
        if (--in[w] == 0) {
          ready.add(w);
        }
      }
    }
    return order;
  }
}
