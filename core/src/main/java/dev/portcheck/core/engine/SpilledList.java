package dev.portcheck.core.engine;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.findings.Finding;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list read back from a {@link ResultSpill}, or from index blocks, one group (one
 * file) at a time. Reading in order decodes each group once: every thread keeps the last group it
 * decoded. Lists of this kind are never copied into an {@link AnalysisResult}; they are the reason
 * the result stays small.
 */
abstract sealed class SpilledList<T> extends AbstractList<T> implements RandomAccess {
  /** {@code starts[g]} is the index of group g's first element; the last entry is the size. */
  private final int[] starts;

  private final ThreadLocal<Loaded<T>> last = new ThreadLocal<>();

  private record Loaded<T>(int group, List<T> items) {}

  SpilledList(int[] groupSizes) {
    starts = new int[groupSizes.length + 1];
    for (int g = 0; g < groupSizes.length; g++) {
      starts[g + 1] = Math.addExact(starts[g], groupSizes[g]);
    }
  }

  /** The elements of group {@code g}, in list order. */
  abstract List<T> load(int group);

  @Override
  public T get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException(index);
    }
    // The last group starting at or before index (empty groups share their start with the next).
    int low = 0;
    int high = starts.length - 2;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (starts[middle] <= index) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    int group = low;
    Loaded<T> loaded = last.get();
    if (loaded == null || loaded.group() != group) {
      loaded = new Loaded<>(group, load(group));
      last.set(loaded);
    }
    return loaded.items().get(index - starts[group]);
  }

  @Override
  public int size() {
    return starts[starts.length - 1];
  }

  /** Every file's candidates, files in report order. */
  static final class Candidates extends SpilledList<PortCandidate> {
    private final ResultSpill spill;
    private final ResultSpill.Block[] blocks;

    Candidates(ResultSpill spill, ResultSpill.Block[] blocks) {
      super(Arrays.stream(blocks).mapToInt(ResultSpill.Block::candidates).toArray());
      this.spill = spill;
      this.blocks = blocks.clone();
    }

    @Override
    List<PortCandidate> load(int group) {
      return spill.candidates(blocks[group]);
    }
  }

  /**
   * Every finding in report order: per file, the findings written with its block merged with the
   * ones that came later (cross-file rules, skipped files), which stay on the heap.
   */
  static final class Findings extends SpilledList<Finding> {
    /** One file's findings: a block (null for a file that was not scanned) and later ones. */
    record Group(ResultSpill.Block block, List<Finding> more) {
      int size() {
        return (block == null ? 0 : block.findings()) + more.size();
      }
    }

    private final ResultSpill spill;
    private final List<Group> groups;

    Findings(ResultSpill spill, List<Group> groups) {
      super(groups.stream().mapToInt(Group::size).toArray());
      this.spill = spill;
      this.groups = List.copyOf(groups);
    }

    @Override
    List<Finding> load(int group) {
      Group g = groups.get(group);
      if (g.block() == null) {
        return g.more();
      }
      List<Finding> written = spill.findings(g.block());
      if (g.more().isEmpty()) {
        return written;
      }
      List<Finding> all = new ArrayList<>(written);
      all.addAll(g.more());
      all.sort(Finding.ORDER);
      return all;
    }
  }

  /**
   * Every file's candidates as the files' results hold them, in report order: for an unchanged
   * re-run, candidates still in their index blocks ({@link DeferredCandidates}) are decoded one
   * file at a time as they are read.
   */
  static final class PerFile extends SpilledList<PortCandidate> {
    private final List<FileResult> perFile;

    PerFile(List<FileResult> perFile) {
      super(perFile.stream().mapToInt(r -> r.candidates().size()).toArray());
      this.perFile = List.copyOf(perFile);
    }

    @Override
    List<PortCandidate> load(int group) {
      return perFile.get(group).candidates();
    }
  }
}
