package dev.portcheck.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultStorageTest {
  private static final long MB = 1L << 20;

  @Test
  void autoKeepsResultsOnTheHeapWhileAQuarterOfItHoldsThem() {
    // 20,000 files take about 180 MB: fine in a 1 GB heap, not in a 256 MB one
    assertThat(ResultStorage.AUTO.onDisk(20_000, 1024 * MB)).isFalse();
    assertThat(ResultStorage.AUTO.onDisk(20_000, 256 * MB)).isTrue();
    assertThat(ResultStorage.AUTO.onDisk(0, 16 * MB)).isFalse();
  }

  @Test
  void heapAndDiskAreWhatTheySay() {
    assertThat(ResultStorage.HEAP.onDisk(10_000_000, 16 * MB)).isFalse();
    assertThat(ResultStorage.DISK.onDisk(1, 1024 * MB)).isTrue();
  }
}
