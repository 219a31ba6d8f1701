package dev.portcheck.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayerAssignmentTest {

  @Test
  void callersAboveCalleesAndACycleTurnedOnce() {
    LayerAssignment.Result r =
        LayerAssignment.assign(
            3, List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 0}), new int[3], 6);
    assertThat(r.row()).containsExactly(0, 1, 2);
    assertThat(r.links())
        .containsExactly(
            new LayerAssignment.Link(0, 1),
            new LayerAssignment.Link(1, 2),
            new LayerAssignment.Link(0, 2));
  }

  @Test
  void aFullRowPushesTheRestAndTheirCalleesDown() {
    // four callers of one hub, two boxes a row
    List<int[]> edges =
        List.of(new int[] {0, 4}, new int[] {1, 4}, new int[] {2, 4}, new int[] {3, 4});
    LayerAssignment.Result r = LayerAssignment.assign(5, edges, new int[5], 2);
    assertThat(r.row()).containsExactly(0, 0, 1, 1, 2);
  }

  @Test
  void aCallerWithNoCallerSitsRightAboveWhatItCallsAndLoneBoxesFillTheBottom() {
    // 0 -> 1 -> 2, 3 -> 2, 4 alone
    List<int[]> edges = List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {3, 2});
    LayerAssignment.Result r = LayerAssignment.assign(5, edges, new int[5], 6);
    assertThat(r.row()).containsExactly(0, 1, 2, 1, 2);
  }
}
