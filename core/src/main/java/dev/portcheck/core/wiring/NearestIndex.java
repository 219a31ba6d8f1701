package dev.portcheck.core.wiring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@link Nearest#to} over one fixed list of candidates, asked from many places: a module of many
 * Services with the same selector (or many clients of one name) would otherwise measure every
 * candidate's distance for every reference, which grows with the square of the module. The
 * candidates are grouped by file and by folder once, which answers the usual cases (the reference's
 * own file, else its folder) by a lookup; only a reference with no candidate in its folder is
 * measured against every one. The answers are those of {@link Nearest#to}, in the same order.
 */
final class NearestIndex<T> {
  private final List<T> all;
  private final Function<T, Loc> where;
  private final Map<String, List<T>> byFile = new HashMap<>();
  private final Map<String, List<T>> byFolder = new HashMap<>();

  NearestIndex(List<T> candidates, Function<T, Loc> where) {
    this.all = List.copyOf(candidates);
    this.where = where;
    if (all.size() > 1) {
      for (T c : all) {
        Loc at = where.apply(c);
        byFile.computeIfAbsent(at.file(), k -> new ArrayList<>()).add(c);
        byFolder.computeIfAbsent(at.folder(), k -> new ArrayList<>()).add(c);
      }
      byFile.replaceAll((k, v) -> List.copyOf(v));
      byFolder.replaceAll((k, v) -> List.copyOf(v));
    }
  }

  /** Every candidate, in the order given. */
  List<T> all() {
    return all;
  }

  /** The candidates nearest to {@code from}, as {@link Nearest#to} picks them. */
  List<T> to(Loc from) {
    if (all.size() <= 1) {
      return all;
    }
    // Distance 0 is the same file; 1 the same folder when no candidate is in the same file.
    List<T> here = byFile.get(from.file());
    if (here == null) {
      here = byFolder.get(from.folder());
    }
    return here != null ? here : Nearest.to(from, all, where);
  }
}
