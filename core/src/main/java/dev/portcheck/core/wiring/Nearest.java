package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Picks, among the things a reference could mean, those written nearest to it: the same file, else
 * the same folder, else below that folder, else below each parent in turn. Repositories keep
 * alternative deployments of one application side by side ({@code all-in-one/}, {@code legacy/}, a
 * Helm chart beside plain manifests), each applied on its own; the nearest copy is the one a
 * reference works with.
 */
final class Nearest {
  private Nearest() {}

  static <T> List<T> to(Loc from, List<T> candidates, Function<T, Loc> where) {
    if (candidates.size() <= 1) {
      return candidates;
    }
    int best = Integer.MAX_VALUE;
    List<T> out = new ArrayList<>();
    for (T c : candidates) {
      int d = distance(from, where.apply(c));
      if (d < best) {
        best = d;
        out.clear();
      }
      if (d == best) {
        out.add(c);
      }
    }
    return out;
  }

  /** 0 same file, 1 same folder, 2 below it, 3 below its parent, and so on. */
  static int distance(Loc from, Loc to) {
    if (from.file().equals(to.file())) {
      return 0;
    }
    String a = from.folder();
    String b = to.folder();
    if (a.equals(b)) {
      return 1;
    }
    int up = 0;
    String base = a;
    while (!base.isEmpty() && !b.startsWith(base + "/")) {
      int slash = base.lastIndexOf('/');
      base = slash < 0 ? "" : base.substring(0, slash);
      up++;
    }
    return 2 + up;
  }
}
