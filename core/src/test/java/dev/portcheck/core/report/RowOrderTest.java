package dev.portcheck.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowOrderTest {

  @Test
  void aCrossingThatCanGoGoes() {
    // 0 -> 3 and 1 -> 2: in the model's order the two lines cross
    int[] row = {0, 0, 1, 1};
    List<LayerAssignment.Link> links =
        List.of(new LayerAssignment.Link(0, 3), new LayerAssignment.Link(1, 2));
    RowOrder.Result r = RowOrder.order(row, new int[4], links);
    assertThat(RowOrder.crossings(r.rows(), r.down())).isZero();
    assertThat(r.rows().get(1)).extracting(RowOrder.Item::node).containsExactly(3, 2);
  }

  @Test
  void linesToOneBoxShareTheirWaypoints() {
    // 0 and 1 in row 0 both call 3 in row 2; 2 sits in row 1
    int[] row = {0, 0, 1, 2};
    List<LayerAssignment.Link> links =
        List.of(
            new LayerAssignment.Link(0, 3),
            new LayerAssignment.Link(1, 3),
            new LayerAssignment.Link(0, 2));
    RowOrder.Result r = RowOrder.order(row, new int[4], links);
    List<RowOrder.Item> middle = r.rows().get(1);
    assertThat(middle).hasSize(2);
    assertThat(middle).filteredOn(it -> !it.box()).singleElement();
    assertThat(r.chains().get(new LayerAssignment.Link(0, 3)).get(1))
        .isEqualTo(r.chains().get(new LayerAssignment.Link(1, 3)).get(1));
  }

  @Test
  void groupsStayTogether() {
    // boxes 0 and 2 of group 0, 1 and 3 of group 1, one row, no lines
    RowOrder.Result r = RowOrder.order(new int[] {0, 0, 0, 0}, new int[] {0, 1, 0, 1}, List.of());
    assertThat(r.rows().get(0)).extracting(RowOrder.Item::node).containsExactly(0, 2, 1, 3);
  }
}
