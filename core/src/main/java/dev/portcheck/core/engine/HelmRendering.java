package dev.portcheck.core.engine;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.entries.TemplateBranches;
import dev.portcheck.core.findings.Finding;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The candidates of a chart template as {@code helm template} renders it with the chart's values: a
 * setting in a branch those values turn off ({@code {{ if .Values.metrics.enabled }}} with {@code
 * metrics.enabled: false}) is in neither the inventory nor the findings, as it is not in the wiring
 * model. A file is scanned on its own, so its candidates carry their conditions ({@code
 * TemplateConditions}); the chart's values decide them here, once every file is read.
 */
final class HelmRendering {
  private final Map<String, List<TemplateBranches.Branch>> dropped;

  private HelmRendering(Map<String, List<TemplateBranches.Branch>> dropped) {
    this.dropped = dropped;
  }

  /**
   * The rendering of the module's files; {@code dropped} (the model's, per template) is asked for
   * only when some file is a chart's template, so a module without charts reads no candidate again
   * (they may be on disk).
   */
  static HelmRendering of(
      boolean charts, Supplier<Map<String, List<TemplateBranches.Branch>>> dropped) {
    return new HelmRendering(charts ? dropped.get() : Map.of());
  }

  /** {@code all} without the candidates Helm does not render; {@code all} itself when none. */
  List<PortCandidate> candidates(List<PortCandidate> all) {
    if (dropped.isEmpty()) {
      return all;
    }
    int[] kept = new int[all.size()];
    int n = 0;
    for (int i = 0; i < all.size(); i++) {
      PortCandidate c = all.get(i);
      if (rendered(c.file(), c.line())) {
        kept[n++] = i;
      }
    }
    return n == all.size() ? all : new Kept(all, java.util.Arrays.copyOf(kept, n));
  }

  /** {@code findings} without those at lines Helm does not render; {@code findings} when none. */
  List<Finding> findings(List<Finding> findings) {
    if (dropped.isEmpty()) {
      return findings;
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (rendered(f.file(), f.line())) {
        out.add(f);
      }
    }
    return out.size() == findings.size() ? findings : out;
  }

  private boolean rendered(String file, int line) {
    List<TemplateBranches.Branch> off = dropped.get(file);
    if (off == null) {
      return true;
    }
    for (TemplateBranches.Branch b : off) {
      if (b.spans(line)) {
        return false;
      }
    }
    return true;
  }

  /** Some elements of a list, by index, not copied: the list may be read back from disk. */
  private static final class Kept extends AbstractList<PortCandidate> implements RandomAccess {
    private final List<PortCandidate> all;
    private final int[] indices;

    Kept(List<PortCandidate> all, int[] indices) {
      this.all = all;
      this.indices = indices;
    }

    @Override
    public PortCandidate get(int index) {
      return all.get(indices[index]);
    }

    @Override
    public int size() {
      return indices.length;
    }
  }
}
