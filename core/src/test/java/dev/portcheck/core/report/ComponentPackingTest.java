package dev.portcheck.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentPackingTest {

  @Test
  void pairsStandInColumns() {
    // eight Service -> pod pairs, three boxes a row: bands of three pairs
    List<int[]> edges = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      edges.add(new int[] {2 * i, 2 * i + 1});
    }
    ComponentPacking.Result r = ComponentPacking.assign(16, edges, new int[16], 3);
    assertThat(r.row()).containsExactly(0, 1, 0, 1, 0, 1, 2, 3, 2, 3, 2, 3, 4, 5, 4, 5);
    // parts in one row sort left to right, each pair under the one before it in its column
    assertThat(r.part()[0]).isLessThan(r.part()[2]).isLessThan(r.part()[4]);
    assertThat(r.part()[6]).isLessThan(r.part()[8]).isLessThan(r.part()[10]);
    assertThat(r.part()[2]).isEqualTo(r.part()[3]);
  }

  @Test
  void shortPartsStandBesideATallOne() {
    // pairs 0-1 and 2-3, then a chain 4-5-6-7; two boxes a row
    List<int[]> edges =
        List.of(
            new int[] {0, 1},
            new int[] {2, 3},
            new int[] {4, 5},
            new int[] {5, 6},
            new int[] {6, 7});
    ComponentPacking.Result r = ComponentPacking.assign(8, edges, new int[8], 2);
    assertThat(r.row()).containsExactly(0, 1, 2, 3, 0, 1, 2, 3);
    assertThat(r.part()).containsExactly(9, 9, 10, 10, 0, 0, 0, 0);
  }

  @Test
  void loneBoxesFillTheLowestFreePlaces() {
    ComponentPacking.Result r =
        ComponentPacking.assign(
            4, List.<int[]>of(new int[] {1, 2}, new int[] {1, 3}), new int[4], 2);
    assertThat(r.part()).containsExactly(8, 0, 0, 0);
    // row 1 holds 2 and 3, so the lone box goes up to row 0
    assertThat(r.row()).containsExactly(0, 0, 1, 1);
    assertThat(r.links())
        .containsExactly(new LayerAssignment.Link(1, 2), new LayerAssignment.Link(1, 3));
  }
}
