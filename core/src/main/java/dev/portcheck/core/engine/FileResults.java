package dev.portcheck.core.engine;

import dev.portcheck.core.candidates.PortCandidate;
import dev.portcheck.core.findings.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the per-file results together in report order. Files come sorted by path and each file's
 * candidates and findings in report order, so the candidates are a plain concatenation; the
 * findings that came later (skipped files, cross-file rules) are slotted in by file. Nothing is
 * sorted as a whole: in a JIT-cold JVM that sort was half of an unchanged re-run.
 */
final class FileResults {
  private FileResults() {}

  static List<PortCandidate> candidatesOnHeap(List<FileResult> perFile) {
    if (perFile.stream().anyMatch(r -> r.candidates() instanceof DeferredCandidates)) {
      // An unchanged re-run: each file's candidates are decoded when a report reads them.
      return new SpilledList.PerFile(perFile);
    }
    int n = 0;
    for (FileResult r : perFile) {
      n += r.candidates().size();
    }
    List<PortCandidate> all = new ArrayList<>(n);
    perFile.forEach(r -> all.addAll(r.candidates()));
    return List.copyOf(all);
  }

  static List<PortCandidate> candidatesOnDisk(ResultSpill spill, List<FileResult> perFile) {
    return new SpilledList.Candidates(
        spill, perFile.stream().map(FileResult::block).toArray(ResultSpill.Block[]::new));
  }

  static List<Finding> findingsOnHeap(List<FileResult> perFile, List<Finding> later) {
    List<Finding> all = new ArrayList<>();
    inFileOrder(
        perFile,
        later,
        (r, more) -> {
          if (more.isEmpty()) {
            all.addAll(r.findings());
          } else {
            List<Finding> merged = new ArrayList<>(r == null ? List.of() : r.findings());
            merged.addAll(more);
            merged.sort(Finding.ORDER);
            all.addAll(merged);
          }
        });
    return all;
  }

  static List<Finding> findingsOnDisk(
      ResultSpill spill, List<FileResult> perFile, List<Finding> later) {
    List<SpilledList.Findings.Group> groups = new ArrayList<>();
    inFileOrder(
        perFile,
        later,
        (r, more) ->
            groups.add(new SpilledList.Findings.Group(r == null ? null : r.block(), more)));
    return new SpilledList.Findings(spill, groups);
  }

  /** What one file adds: its result (null for a file that was not scanned) and later findings. */
  private interface FileGroup {
    void accept(FileResult result, List<Finding> later);
  }

  /**
   * Calls {@code group} for every file with a result or a later finding, in path order. The later
   * findings are sorted once and merged with the files, which come in path order.
   */
  private static void inFileOrder(List<FileResult> perFile, List<Finding> later, FileGroup group) {
    List<Finding> sorted = new ArrayList<>(later);
    sorted.sort(Finding.ORDER);
    int next = 0;
    for (FileResult r : perFile) {
      String file = r.file();
      while (next < sorted.size() && sorted.get(next).file().compareTo(file) < 0) {
        int end = sameFileEnd(sorted, next); // a file with later findings only
        group.accept(null, sorted.subList(next, end));
        next = end;
      }
      int end =
          next < sorted.size() && sorted.get(next).file().equals(file)
              ? sameFileEnd(sorted, next)
              : next;
      group.accept(r, next == end ? List.of() : sorted.subList(next, end));
      next = end;
    }
    while (next < sorted.size()) {
      int end = sameFileEnd(sorted, next);
      group.accept(null, sorted.subList(next, end));
      next = end;
    }
  }

  /** Where the run of findings of {@code sorted.get(from)}'s file ends. */
  private static int sameFileEnd(List<Finding> sorted, int from) {
    String file = sorted.get(from).file();
    int end = from + 1;
    while (end < sorted.size() && sorted.get(end).file().equals(file)) {
      end++;
    }
    return end;
  }
}
