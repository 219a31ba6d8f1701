package dev.portcheck.core.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

/**
 * The spill, opened once the files found so far would crowd the heap ({@link ResultStorage}); the
 * walk is still going then, so the count grows while files are scanned.
 */
final class SpillOnDemand {
  private final ResultStorage storage;
  private final long heapBytes;
  private volatile ResultSpill spill;

  SpillOnDemand(ResultStorage storage, long heapBytes) {
    this.storage = storage;
    this.heapBytes = heapBytes;
  }

  boolean neededFor(int resultsHeld) {
    return spill != null || storage.onDisk(resultsHeld, heapBytes);
  }

  synchronized ResultSpill open() throws IOException {
    if (spill == null) {
      spill = new ResultSpill();
    }
    return spill;
  }

  ResultSpill opened() {
    return spill;
  }

  /** Every result spilled once any is: files done before the spill opened join it now. */
  List<FileResult> completed(List<FileResult> perFile, ExecutorService pool) throws IOException {
    ResultSpill target = spill;
    if (target == null) {
      return perFile;
    }
    List<Callable<FileResult>> rest = new ArrayList<>();
    for (FileResult r : perFile) {
      if (r.block() == null) {
        rest.add(() -> r.spillTo(target));
      }
    }
    Map<String, FileResult> spilled = new HashMap<>();
    Parallel.runAll(pool, rest).forEach(r -> spilled.put(r.file(), r));
    List<FileResult> all = new ArrayList<>(perFile.size());
    perFile.forEach(r -> all.add(spilled.getOrDefault(r.file(), r)));
    return all;
  }
}
